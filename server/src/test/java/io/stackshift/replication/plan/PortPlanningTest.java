package io.stackshift.replication.plan;

import java.util.List;
import java.util.Map;

import io.stackshift.replication.snapshot.FixedIp;
import io.stackshift.replication.snapshot.PortSnapshot;
import io.stackshift.replication.snapshot.RouterSnapshot;
import org.junit.jupiter.api.Test;

import static io.stackshift.replication.plan.Tenants.attributes;
import static io.stackshift.replication.plan.Tenants.keys;
import static io.stackshift.replication.plan.Tenants.plan;
import static io.stackshift.replication.plan.Tenants.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

class PortPlanningTest {

	@Test
	void portsAreNotPlannedUnlessAskedFor() {
		assertThat(plan(Tenants.shop(), Mappings.NONE).steps()).noneMatch((step) -> step.kind() == Kind.PORT);
	}

	@Test
	void portWithTwoAddressesIsCreatedOnceWithBoth() {
		Plan plan = plan(Tenants.shop(), Tenants.ports());
		assertThat(keys(plan).stream().filter((key) -> key.equals("port/p-vm"))).hasSize(1);
		assertThat(attributes(plan, "port/p-vm")).containsEntry("mac_address", "fa:16:3e:00:00:01")
			.containsEntry("fixed_ips",
					List.of(Map.of("subnet_id", Ref.to("subnet/s-web"), "ip_address", "10.0.1.23"),
							Map.of("subnet_id", Ref.to("subnet/s-web6"))))
			.containsEntry("security_groups",
					List.of(Ref.to("security-group/g-web"), Ref.to("security-group/g-default")))
			.containsEntry("allowed_address_pairs", List.of(Map.of("ip_address", "10.0.1.100")));
	}

	@Test
	void portWithoutAddressesIsStillCreated() {
		PortSnapshot bare = new PortSnapshot("p-bare", "n-web", "bare", "", "fa:16:3e:00:00:09", List.of(), List.of(),
				false, List.of(), "compute:nova", "vm-3", "ACTIVE", "compute-1");
		Plan plan = plan(Tenants.withPorts(Tenants.shop(), bare), Tenants.ports());
		assertThat(attributes(plan, "port/p-bare")).containsEntry("fixed_ips", List.of());
	}

	@Test
	void portWithoutPortSecurityGetsNoSecurityGroups() {
		PortSnapshot open = new PortSnapshot("p-open", "n-web", "open", "", "fa:16:3e:00:00:0b",
				List.of(new FixedIp("s-web", "10.0.1.60")), List.of(), false, List.of(), "compute:nova", "vm-4",
				"ACTIVE", "compute-1");
		Plan plan = plan(Tenants.withPorts(Tenants.shop(), open), Tenants.ports());
		assertThat(attributes(plan, "port/p-open")).containsEntry("port_security_enabled", false)
			.containsEntry("security_groups", List.of());
	}

	@Test
	void freeVipPortIsCopied() {
		assertThat(keys(plan(Tenants.shop(), Tenants.ports()))).contains("port/p-vip");
	}

	@Test
	void aPortMadeByHandIsCopied() {
		// a keepalived VIP as users make it: no owner, no device, named in address pairs
		PortSnapshot vip = new PortSnapshot("p-keepalived", "n-web", "vip", "", "fa:16:3e:00:00:0b",
				List.of(new FixedIp("s-web", "10.0.1.99")), List.of(), true, List.of(), "", "", "DOWN", "");
		Plan plan = plan(Tenants.withPorts(Tenants.shop(), vip), Tenants.ports());
		assertThat(keys(plan)).contains("port/p-keepalived");
		assertThat(warningCodes(plan)).doesNotContain("PORT_NOT_REPLICATED");
	}

	@Test
	void routerAndDhcpPortsAreNotCopied() {
		Plan plan = plan(Tenants.shop(), Tenants.ports());
		assertThat(keys(plan)).doesNotContain("port/rp-web", "port/dhcp-web");
	}

	@Test
	void portOfAnotherServiceIsNotCopiedAndSaysSo() {
		PortSnapshot octavia = new PortSnapshot("p-lb", "n-web", "lb", "", "fa:16:3e:00:00:0a",
				List.of(new FixedIp("s-web", "10.0.1.77")), List.of(), true, List.of(), "Octavia", "lb-1", "ACTIVE",
				"h");
		Plan plan = plan(Tenants.withPorts(Tenants.shop(), octavia), Tenants.ports());
		assertThat(keys(plan)).doesNotContain("port/p-lb");
		assertThat(warningCodes(plan)).contains("PORT_NOT_REPLICATED");
	}

	@Test
	void portOnAnUnselectedNetworkIsSkippedWithAWarning() {
		Plan plan = plan(Tenants.shop(), Tenants.select("n-web"));
		assertThat(keys(plan)).doesNotContain("port/p-db");
		assertThat(plan.warnings())
			.anyMatch((warning) -> warning.code().equals("PORT_SKIPPED") && warning.source().equals("port/p-db"));
	}

	@Test
	void portAddressesAndAddressPairsFollowARemappedSubnet() {
		Plan plan = plan(Tenants.shop(), Tenants.remapWithPorts("10.0.1.0/24", "192.168.1.0/24"));
		assertThat(attributes(plan, "port/p-vm"))
			.containsEntry("fixed_ips",
					List.of(Map.of("subnet_id", Ref.to("subnet/s-web"), "ip_address", "192.168.1.23"),
							Map.of("subnet_id", Ref.to("subnet/s-web6"))))
			.containsEntry("allowed_address_pairs", List.of(Map.of("ip_address", "192.168.1.100")));
	}

	@Test
	void dhcpIsTurnedOnOnlyAfterThePortsOfItsSubnetHoldTheirAddresses() {
		Plan plan = plan(Tenants.shop(), Tenants.ports());
		assertThat(attributes(plan, "subnet/s-web")).containsEntry("enable_dhcp", false);
		Step dhcp = plan.step("subnet-dhcp/s-web").orElseThrow();
		assertThat(dhcp.attributes()).containsEntry("enable_dhcp", true);
		assertThat(dhcp.dependsOn()).contains("port/p-vm", "port/p-vip", "subnet/s-web");
	}

	@Test
	void onSlaacSubnetsThePortAsksForTheSubnetAndDhcpNeedNotWait() {
		Plan plan = plan(Tenants.shop(), Tenants.ports());
		List<?> fixedIps = (List<?>) attributes(plan, "port/p-vm").get("fixed_ips");
		assertThat(fixedIps.contains(Map.of("subnet_id", Ref.to("subnet/s-web6")))).isTrue();
		assertThat(attributes(plan, "subnet/s-web6")).containsEntry("enable_dhcp", true);
		assertThat(keys(plan)).doesNotContain("subnet-dhcp/s-web6");
	}

	@Test
	void withoutPortSyncDhcpIsOnFromTheStart() {
		Plan plan = plan(Tenants.shop(), Mappings.NONE);
		assertThat(attributes(plan, "subnet/s-web")).containsEntry("enable_dhcp", true);
		assertThat(keys(plan)).noneMatch((key) -> key.startsWith("subnet-dhcp/"));
	}

	@Test
	void aPortAtGivenAddressesDoesNotWaitForRouterInterfaces() {
		Step port = plan(Tenants.shop(), Tenants.ports()).step("port/p-vm").orElseThrow();
		assertThat(port.dependsOn()).contains("security-group/g-web", "subnet/s-web6")
			.doesNotContain("router-interface/r-1/s-web");
		assertThat(port.parent()).isEqualTo("network/n-web");
	}

	@Test
	void aPortWhoseAddressNeutronPicksWaitsForTheRouterInterfacesOnThatSubnet() {
		RouterSnapshot v6 = new RouterSnapshot("r-v6", "v6", "", null,
				List.of(new RouterSnapshot.RouterInterface("s-web6", "p-r6", "fd00:1::1")), List.of());
		Step port = plan(Tenants.withRouters(Tenants.shop(), v6), Tenants.ports()).step("port/p-vm").orElseThrow();
		assertThat(port.dependsOn()).contains("router-interface/r-v6/s-web6");
	}

}
