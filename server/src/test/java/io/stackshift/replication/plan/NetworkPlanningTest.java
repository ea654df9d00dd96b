package io.stackshift.replication.plan;

import java.util.List;
import java.util.Map;

import io.stackshift.replication.snapshot.Route;
import io.stackshift.replication.snapshot.SubnetSnapshot;
import org.junit.jupiter.api.Test;

import static io.stackshift.replication.plan.Tenants.attributes;
import static io.stackshift.replication.plan.Tenants.keys;
import static io.stackshift.replication.plan.Tenants.plan;
import static org.assertj.core.api.Assertions.assertThat;

class NetworkPlanningTest {

	@Test
	void onlySelectedNetworksAndTheirSubnetsAreMigrated() {
		Plan plan = plan(Tenants.shop(), Tenants.select("n-db"));
		assertThat(keys(plan)).contains("network/n-db", "subnet/s-db")
			.doesNotContain("network/n-web", "subnet/s-web", "subnet/s-web6");
	}

	@Test
	void everyNetworkIsMigratedWhenNoneIsSelected() {
		Plan plan = plan(Tenants.shop(), Mappings.NONE);
		assertThat(keys(plan)).contains("network/n-web", "network/n-db", "subnet/s-web", "subnet/s-web6",
				"subnet/s-db");
	}

	@Test
	void networkKeepsNameDescriptionMtuAndPortSecurity() {
		assertThat(attributes(plan(Tenants.shop(), Mappings.NONE), "network/n-web")).containsEntry("name", "web")
			.containsEntry("description", "front end")
			.containsEntry("mtu", 1450L)
			.containsEntry("port_security_enabled", true);
	}

	@Test
	void remappedSubnetMovesGatewayPoolsDnsAndHostRoutesByTheSameOffset() {
		Plan plan = plan(Tenants.shop(), Tenants.remap("10.0.1.0/24", "192.168.1.0/24"));
		assertThat(attributes(plan, "subnet/s-web")).containsEntry("cidr", "192.168.1.0/24")
			.containsEntry("gateway_ip", "192.168.1.1")
			.containsEntry("allocation_pools", List.of(Map.of("start", "192.168.1.2", "end", "192.168.1.254")))
			.containsEntry("dns_nameservers", List.of("192.168.1.53", "8.8.8.8"))
			.containsEntry("host_routes",
					List.of(Map.of("destination", "192.168.200.0/24", "nexthop", "192.168.1.254")));
		assertThat(Tenants.warningCodes(plan)).contains("CIDR_REMAPPED");
	}

	@Test
	void hostRouteToAnotherRemappedSubnetFollowsIt() {
		SubnetSnapshot db = new SubnetSnapshot("s-db", "n-db", "db-v4", "", "10.0.2.0/24", 4, "10.0.2.1", List.of(),
				List.of(), List.of(new Route("10.0.1.0/25", "10.0.2.254")), true, null, null);
		Plan plan = plan(Tenants.withSubnets(Tenants.shop(),
				Tenants.subnet("s-web", "n-web", "w", "10.0.1.0/24", "10.0.1.1"), db),
				Tenants.remap("10.0.1.0/24", "172.16.5.0/24"));
		assertThat(attributes(plan, "subnet/s-db")).containsEntry("host_routes",
				List.of(Map.of("destination", "172.16.5.0/25", "nexthop", "10.0.2.254")));
	}

	@Test
	void subnetKeepsIpVersionDhcpAndIpv6Modes() {
		assertThat(attributes(plan(Tenants.shop(), Mappings.NONE), "subnet/s-web6")).containsEntry("ip_version", 6L)
			.containsEntry("enable_dhcp", true)
			.containsEntry("ipv6_ra_mode", "slaac")
			.containsEntry("ipv6_address_mode", "slaac")
			.containsEntry("gateway_ip", "fd00:1::1");
	}

	@Test
	void ipv6SubnetIsRemappedKeepingItsHostPart() {
		Plan plan = plan(Tenants.shop(), Tenants.remap("fd00:1::/64", "fd12:3456::/64"));
		assertThat(attributes(plan, "subnet/s-web6")).containsEntry("cidr", "fd12:3456::/64")
			.containsEntry("gateway_ip", "fd12:3456::1")
			.containsEntry("allocation_pools", List.of(Map.of("start", "fd12:3456::2", "end", "fd12:3456::ffff")));
	}

	@Test
	void disabledGatewayStaysDisabled() {
		SubnetSnapshot noGateway = new SubnetSnapshot("s-web", "n-web", "isolated", "", "10.0.1.0/24", 4, null,
				List.of(), List.of(), List.of(), false, null, null);
		Plan plan = plan(Tenants.withSubnets(Tenants.shop(), noGateway), Mappings.NONE);
		assertThat(attributes(plan, "subnet/s-web")).containsEntry("gateway_ip", null)
			.containsEntry("enable_dhcp", false);
	}

	@Test
	void subnetsDependOnTheirNetwork() {
		Step subnet = plan(Tenants.shop(), Mappings.NONE).step("subnet/s-web").orElseThrow();
		assertThat(subnet.parent()).isEqualTo("network/n-web");
		assertThat(subnet.dependsOn()).contains("network/n-web");
		assertThat(subnet.attributes().get("network_id")).isEqualTo(Ref.to("network/n-web"));
	}

}
