package io.stackshift.emulator.contract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routers: interfaces, extra routes and their nexthop rule, external gateway, no bulk.
 */
class RouterContractTest {

	private Tenant tenant;

	private Session member;

	private String network;

	private String subnet;

	private String router;

	@BeforeEach
	void tenant() {
		this.tenant = new Tenant();
		this.member = this.tenant.member();
		this.network = this.tenant.create("/networks", "network", Body.of("name", "net"));
		this.subnet = this.tenant.create("/subnets", "subnet",
				Body.of("network_id", this.network, "ip_version", 4, "cidr", "10.0.0.0/24"));
		this.router = this.tenant.create("/routers", "router", Body.of("name", "r1"));
	}

	@AfterEach
	void cleanUp() {
		this.tenant.close();
	}

	private Response attach(String subnetId) {
		return this.member.put("network", "/routers/" + this.router + "/add_router_interface",
				Body.of("subnet_id", subnetId));
	}

	private Response routes(String action, String destination, String nexthop) {
		return this.member.put("network", "/routers/" + this.router + "/" + action, Body.of("router",
				Body.of("routes", Body.list(Body.of("destination", destination, "nexthop", nexthop)))));
	}

	@Test
	void interfaceTakesTheGatewayIp() {
		Response attached = attach(this.subnet);
		assertThat(attached.status()).isEqualTo(200);
		assertThat(attached.get("subnet_id").asString()).isEqualTo(this.subnet);
		assertThat(attached.get("subnet_ids").path(0).asString()).isEqualTo(this.subnet);
		String port = attached.get("port_id").asString();
		var details = this.member.get("network", "/ports/" + port).get("port");
		assertThat(details.path("device_owner").asString()).isEqualTo("network:router_interface");
		assertThat(details.path("device_id").asString()).isEqualTo(this.router);
		assertThat(details.path("fixed_ips").path(0).path("ip_address").asString()).isEqualTo("10.0.0.1");
	}

	@Test
	void gatewaylessSubnetOrSecondInterfaceIs400() {
		String gatewayless = this.tenant.create("/subnets", "subnet",
				Body.of("network_id", this.network, "ip_version", 4, "cidr", "10.20.0.0/24", "gateway_ip", null));
		Response noGateway = attach(gatewayless);
		assertThat(noGateway.status()).isEqualTo(400);
		assertThat(noGateway.neutronError()).isEqualTo("BadRequest");
		assertThat(noGateway.neutronMessage())
			.isEqualTo("Bad router request: Subnet for router interface must have a gateway IP.");
		assertThat(attach(this.subnet).status()).isEqualTo(200);
		Response twice = attach(this.subnet);
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.neutronMessage())
			.isEqualTo("Bad router request: Router already has a port on subnet " + this.subnet + ".");
	}

	@Test
	void routeNexthopMustBeOnAnAttachedSubnet() {
		assertThat(attach(this.subnet).status()).isEqualTo(200);
		Response bad = routes("add_extraroutes", "192.168.0.0/24", "10.99.0.5");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.neutronError()).isEqualTo("InvalidRoutes");
		assertThat(bad.neutronMessage()).isEqualTo("Invalid format for routes: [{'destination': '192.168.0.0/24', "
				+ "'nexthop': '10.99.0.5'}], the nexthop is not connected with router");
		Response good = routes("add_extraroutes", "192.168.0.0/24", "10.0.0.5");
		assertThat(good.status()).isEqualTo(200);
		assertThat(good.get("router").path("routes")).hasSize(1);
		Response removed = routes("remove_extraroutes", "192.168.0.0/24", "10.0.0.5");
		assertThat(removed.get("router").path("routes")).isEmpty();
	}

	@Test
	void interfaceNeededByARouteIs409() {
		assertThat(attach(this.subnet).status()).isEqualTo(200);
		Response put = this.member.put("network", "/routers/" + this.router, Body.of("router",
				Body.of("routes", Body.list(Body.of("destination", "192.168.1.0/24", "nexthop", "10.0.0.6")))));
		assertThat(put.status()).isEqualTo(200);
		assertThat(put.get("router").path("routes").path(0).path("nexthop").asString()).isEqualTo("10.0.0.6");
		Response removal = this.member.put("network", "/routers/" + this.router + "/remove_router_interface",
				Body.of("subnet_id", this.subnet));
		assertThat(removal.status()).isEqualTo(409);
		assertThat(removal.neutronError()).isEqualTo("RouterInterfaceInUseByRoute");
		Response routerInUse = this.member.delete("network", "/routers/" + this.router);
		assertThat(routerInUse.status()).isEqualTo(409);
		assertThat(routerInUse.neutronError()).isEqualTo("RouterInUse");
	}

	@Test
	void externalGatewayGetsAnAddressFromThePublicPool() {
		String publicNetwork = this.member.get("network", "/networks?name=public")
			.get("networks")
			.path(0)
			.path("id")
			.asString();
		Response response = this.member.put("network", "/routers/" + this.router,
				Body.of("router", Body.of("external_gateway_info", Body.of("network_id", publicNetwork))));
		assertThat(response.status()).isEqualTo(200);
		var gateway = response.get("router").path("external_gateway_info");
		assertThat(gateway.path("network_id").asString()).isEqualTo(publicNetwork);
		assertThat(gateway.path("enable_snat").asBoolean()).isTrue();
		String address = gateway.path("external_fixed_ips").path(0).path("ip_address").asString();
		int last = Integer.parseInt(address.substring(address.lastIndexOf('.') + 1));
		assertThat(address).startsWith("203.0.113.");
		assertThat(last).isBetween(100, 200);
	}

	@Test
	void routerBulkIsNotSupported() {
		Response response = this.member.post("network", "/routers",
				Body.of("routers", Body.list(Body.of("name", "a"), Body.of("name", "b"))));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.neutronMessage()).isEqualTo("Bulk operation not supported");
	}

	@Test
	void subnetWithRouterInterfaceIsInUse() {
		assertThat(attach(this.subnet).status()).isEqualTo(200);
		Response response = this.member.delete("network", "/subnets/" + this.subnet);
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.neutronError()).isEqualTo("SubnetInUse");
	}

}
