package io.stackshift.openstack.client;

import java.util.List;
import java.util.Map;

import io.stackshift.openstack.client.OpenStackException.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Neutron as the client sees it, acting as admin inside the test project. */
interface NetworkingContract extends CloudFixture {

	@Test
	default void bulkCreatesNetworksAndPagesThroughThem() {
		NeutronResources<Network> networks = networking().networks();
		List<Network> created = networks
			.createAll(List.of(Network.named("bulk-a"), Network.named("bulk-b"), Network.named("bulk-c")));
		assertThat(created).extracting(Network::name).containsExactly("bulk-a", "bulk-b", "bulk-c");
		assertThat(created).extracting(Network::projectId).containsOnly(project().id());

		List<Network> listed = networks.list(Map.of(), 2);
		assertThat(listed).extracting(Network::id)
			.containsExactlyInAnyOrderElementsOf(created.stream().map(Network::id).toList());

		String first = created.get(0).id();
		networks.addTag(first, "blue");
		networks.addTag(first, "blue");
		assertThat(networks.list(Map.of("tags", "blue"))).extracting(Network::id).containsExactly(first);
		networks.replaceTags(first, List.of("green", "red"));
		assertThat(networks.get(first).tags()).containsExactlyInAnyOrder("green", "red");
		networks.removeTag(first, "red");
		assertThat(networks.get(first).tags()).containsExactly("green");

		assertThat(networks.update(first, Map.of("name", "bulk-renamed")).name()).isEqualTo("bulk-renamed");
		created.forEach((network) -> networks.delete(network.id()));
		assertThat(networks.list()).isEmpty();
	}

	@Test
	default void buildsARoutedNetworkWithPortsAndAFloatingIp() {
		Networking net = networking();
		Network external = cloud().networking().networks().list(Map.of("router:external", true)).get(0);
		List<Network> networks = net.networks().createAll(List.of(Network.named("app"), Network.named("db")));
		List<Subnet> subnets = net.subnets()
			.createAll(List.of(Subnet.of(networks.get(0).id(), "app-v4", "10.50.0.0/24"),
					Subnet.of(networks.get(1).id(), "db-v4", "10.51.0.0/24")
						.withGateway("10.51.0.254")
						.withPools(List.of(new Subnet.AllocationPool("10.51.0.10", "10.51.0.99")))));
		assertThat(subnets.get(1).gatewayIp()).isEqualTo("10.51.0.254");
		Subnet app = subnets.get(0);

		Router router = net.routers().create(Router.named("edge"));
		assertThat(router.projectId()).isEqualTo(project().id());
		Router withGateway = net.routers().setGateway(router.id(), Router.ExternalGateway.to(external.id()));
		assertThat(withGateway.externalGatewayInfo().networkId()).isEqualTo(external.id());
		Router.Interface joined = net.routers().addInterface(router.id(), app.id());
		assertThat(joined.subnetId()).isEqualTo(app.id());
		assertThat(net.ports().get(joined.portId()).fixedIps()).extracting(Port.FixedIp::ipAddress)
			.containsExactly("10.50.0.1");

		Router.Route route = new Router.Route("192.168.5.0/24", "10.50.0.10");
		assertThat(net.routers().addExtraRoutes(router.id(), List.of(route)).routes()).containsExactly(route);
		assertThat(net.routers().removeExtraRoutes(router.id(), List.of(route)).routes()).isEmpty();
		assertThat(net.routers().setRoutes(router.id(), List.of(route)).routes()).containsExactly(route);
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> net.routers()
				.addExtraRoutes(router.id(), List.of(new Router.Route("192.168.6.0/24", "172.16.0.1"))))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.BAD_REQUEST);
				assertThat(ex.errorType()).isEqualTo("InvalidRoutes");
				assertThat(ex.serviceMessage()).contains("172.16.0.1");
			});

		List<Port> ports = net.ports()
			.createAll(List.of(
					Port.on(app.networkId(), "vm-1")
						.withFixedIps(List.of(new Port.FixedIp(app.id(), "10.50.0.20")))
						.withMacAddress("fa:16:3e:00:50:20"),
					Port.on(app.networkId(), "vm-2").withFixedIps(List.of(new Port.FixedIp(app.id(), "10.50.0.21")))));
		assertThat(ports.get(0).macAddress()).isEqualTo("fa:16:3e:00:50:20");
		assertThat(ports).flatExtracting(Port::fixedIps)
			.extracting(Port.FixedIp::ipAddress)
			.containsExactly("10.50.0.20", "10.50.0.21");
		assertThat(net.ports().list(Map.of("network_id", app.networkId()))).hasSize(3);

		FloatingIp address = net.floatingIps().create(FloatingIp.from(external.id()).withPort(ports.get(0).id()));
		assertThat(address.floatingIpAddress()).startsWith("203.0.113.");
		assertThat(address.fixedIpAddress()).isEqualTo("10.50.0.20");
		assertThat(net.floatingIps().list()).extracting(FloatingIp::id).containsExactly(address.id());

		net.floatingIps().delete(address.id());
		ports.forEach((port) -> net.ports().delete(port.id()));
		net.routers().setRoutes(router.id(), List.of());
		net.routers().removeInterface(router.id(), app.id());
		net.routers().clearGateway(router.id());
		net.routers().delete(router.id());
		networks.forEach((network) -> net.networks().delete(network.id()));
		assertThat(net.routers().list()).isEmpty();
	}

	@Test
	default void createsSecurityGroupsAndTheirRulesInBulk() {
		Networking net = networking();
		List<SecurityGroup> groups = net.securityGroups()
			.createAll(List.of(SecurityGroup.named("web", "web tier"), SecurityGroup.named("db", "db tier")));
		String web = groups.get(0).id();
		String db = groups.get(1).id();

		List<SecurityGroupRule> rules = net.securityGroupRules()
			.createAll(List.of(SecurityGroupRule.ingress(web, "tcp", 22, "10.0.0.0/8"),
					SecurityGroupRule.ingress(web, "tcp", 443, "0.0.0.0/0")));
		assertThat(rules).extracting(SecurityGroupRule::portRangeMin).containsExactly(22, 443);
		SecurityGroupRule fromWeb = net.securityGroupRules().create(SecurityGroupRule.ingressFromGroup(db, web));
		assertThat(fromWeb.remoteGroupId()).isEqualTo(web);
		assertThat(net.securityGroupRules().list(Map.of("security_group_id", web))).extracting(SecurityGroupRule::id)
			.containsAll(rules.stream().map(SecurityGroupRule::id).toList());

		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> net.securityGroupRules().create(SecurityGroupRule.ingress(web, "tcp", 22, "10.0.0.0/8")))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.CONFLICT);
				assertThat(ex.errorType()).isEqualTo("SecurityGroupRuleExists");
				assertThat(ex.ambiguous()).isFalse();
			});
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> net.securityGroupRules()
			.createAll(List.of(SecurityGroupRule.ingress(web, "tcp", 80, null),
					SecurityGroupRule.ingress(db, "tcp", 80, null))));

		groups.forEach((group) -> net.securityGroups().delete(group.id()));
	}

	@Test
	default void reportsNeutronErrorsWithTheirTypeAndMessage() {
		Networking net = networking();
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> net.networks().get("00000000-0000-0000-0000-000000000000"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND);
				assertThat(ex.errorType()).isEqualTo("NetworkNotFound");
				assertThat(ex.pathTemplate()).isEqualTo("/v2.0/networks/{id}");
			});
		Network network = net.networks().create(Network.named("errors"));
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> net.subnets().create(Subnet.of(network.id(), "bad", "10.0.0.0/33")))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.BAD_REQUEST);
				assertThat(ex.serviceMessage()).contains("10.0.0.0/33");
				assertThat(ex.ambiguous()).isFalse();
			});
		net.networks().delete(network.id());
	}

	@Test
	default void refusesCreatesBeyondTheQuota() {
		Quotas quotas = cloud().networking().quotas();
		long before = quotas.limits(project().id()).get("router");
		quotas.update(project().id(), Map.of("router", 0L));
		try {
			assertThatExceptionOfType(OpenStackException.class)
				.isThrownBy(() -> networking().routers().create(Router.named("one-too-many")))
				.satisfies((ex) -> {
					assertThat(ex.kind()).isEqualTo(Kind.OVER_QUOTA);
					assertThat(ex.status()).isEqualTo(409);
					assertThat(ex.errorType()).isEqualTo("OverQuota");
					assertThat(ex.ambiguous()).isFalse();
				});
		}
		finally {
			quotas.update(project().id(), Map.of("router", before));
		}
	}

}
