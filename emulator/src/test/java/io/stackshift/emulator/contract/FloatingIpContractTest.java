package io.stackshift.emulator.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Floating IPs: addresses from the external pool; association needs a router joining the
 * port's subnet to the external network.
 */
class FloatingIpContractTest {

	@Test
	void associationNeedsARouterToTheExternalNetwork() {
		try (Tenant tenant = new Tenant()) {
			Session member = tenant.member();
			String external = member.get("network", "/networks?name=public")
				.get("networks")
				.path(0)
				.path("id")
				.asString();
			String network = tenant.create("/networks", "network", Body.of("name", "net"));
			String subnet = tenant.create("/subnets", "subnet",
					Body.of("network_id", network, "ip_version", 4, "cidr", "10.0.0.0/24"));
			String port = member.post("network", "/ports", Body.of("port", Body.of("network_id", network)))
				.get("port")
				.path("id")
				.asString();
			Response created = member.post("network", "/floatingips",
					Body.of("floatingip", Body.of("floating_network_id", external)));
			assertThat(created.status()).isEqualTo(201);
			var ip = created.get("floatingip");
			String address = ip.path("floating_ip_address").asString();
			int last = Integer.parseInt(address.substring(address.lastIndexOf('.') + 1));
			assertThat(last).isBetween(100, 200);
			assertThat(ip.path("status").asString()).isEqualTo("DOWN");
			assertThat(ip.path("port_id").isNull()).isTrue();
			String id = ip.path("id").asString();
			Response unreachable = member.put("network", "/floatingips/" + id,
					Body.of("floatingip", Body.of("port_id", port)));
			assertThat(unreachable.status()).isEqualTo(404);
			assertThat(unreachable.neutronError()).isEqualTo("ExternalGatewayForFloatingIPNotFound");
			String router = member
				.post("network", "/routers",
						Body.of("router",
								Body.of("name", "r", "external_gateway_info", Body.of("network_id", external))))
				.get("router")
				.path("id")
				.asString();
			member.put("network", "/routers/" + router + "/add_router_interface", Body.of("subnet_id", subnet));
			Response associated = member.put("network", "/floatingips/" + id,
					Body.of("floatingip", Body.of("port_id", port)));
			assertThat(associated.status()).isEqualTo(200);
			assertThat(associated.get("floatingip").path("router_id").asString()).isEqualTo(router);
			assertThat(associated.get("floatingip").path("fixed_ip_address").asString()).startsWith("10.0.0.");
			Response notExternal = member.post("network", "/floatingips",
					Body.of("floatingip", Body.of("floating_network_id", network)));
			assertThat(notExternal.status()).isEqualTo(400);
		}
	}

}
