package io.stackshift.replication.plan;

import java.util.List;
import java.util.Map;

import io.stackshift.replication.snapshot.FixedIp;
import io.stackshift.replication.snapshot.PortSnapshot;
import io.stackshift.replication.snapshot.Route;
import io.stackshift.replication.snapshot.RouterSnapshot;
import io.stackshift.replication.snapshot.RouterSnapshot.RouterInterface;
import org.junit.jupiter.api.Test;

import static io.stackshift.replication.plan.Tenants.attributes;
import static io.stackshift.replication.plan.Tenants.keys;
import static io.stackshift.replication.plan.Tenants.plan;
import static io.stackshift.replication.plan.Tenants.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

class RouterPlanningTest {

	@Test
	void everySubnetIsAttachedToItsOwnRouterAtTheSameAddress() {
		RouterSnapshot web = new RouterSnapshot("r-web", "web-router", "", null,
				List.of(new RouterInterface("s-web", "p1", "10.0.1.254")), List.of());
		RouterSnapshot db = new RouterSnapshot("r-db", "db-router", "", null,
				List.of(new RouterInterface("s-db", "p2", "10.0.2.1")), List.of());
		Plan plan = plan(Tenants.withRouters(Tenants.shop(), web, db), Mappings.NONE);
		assertThat(attributes(plan, "router-interface/r-web/s-web")).containsEntry("router_id", Ref.to("router/r-web"))
			.containsEntry("ip_address", "10.0.1.254");
		assertThat(attributes(plan, "router-interface/r-db/s-db")).containsEntry("router_id", Ref.to("router/r-db"))
			.containsEntry("ip_address", "10.0.2.1");
	}

	@Test
	void anInterfaceAttachedThroughANamedPortKeepsTheName() {
		PortSnapshot named = new PortSnapshot("p-inner", "n-web", "inner-web", "", "fa:16:3e:00:00:0c",
				List.of(new FixedIp("s-web", "10.0.1.2")), List.of(), true, List.of(), "network:router_interface",
				"r-inner", "ACTIVE", "");
		RouterSnapshot inner = new RouterSnapshot("r-inner", "inner", "", null,
				List.of(new RouterInterface("s-web", "p-inner", "10.0.1.2")), List.of());
		Plan plan = plan(Tenants.withPorts(Tenants.withRouters(Tenants.shop(), inner), named), Mappings.NONE);
		assertThat(attributes(plan, "router-interface/r-inner/s-web")).containsEntry("name", "inner-web");
		assertThat(attributes(plan(Tenants.shop(), Mappings.NONE), "router-interface/r-1/s-web"))
			.doesNotContainKey("name");
	}

	@Test
	void interfaceAddressFollowsARemappedSubnet() {
		Plan plan = plan(Tenants.shop(), Tenants.remap("10.0.1.0/24", "192.168.1.0/24"));
		assertThat(attributes(plan, "router-interface/r-1/s-web")).containsEntry("ip_address", "192.168.1.1");
	}

	@Test
	void routerIsConnectedToTheDestinationExternalNetwork() {
		Plan plan = plan(Tenants.shop(), Mappings.NONE);
		assertThat(attributes(plan, "router-gateway/r-1")).containsEntry("external_gateway_info",
				Map.of("network_id", "ext-net", "enable_snat", true));
	}

	@Test
	void routerIsNotConnectedWhenTheOperatorSkipsIt() {
		Plan plan = plan(Tenants.shop(), new Mappings(null, null, null, true, false));
		assertThat(keys(plan)).doesNotContain("router-gateway/r-1");
		assertThat(warningCodes(plan)).contains("GATEWAY_SKIPPED");
	}

	@Test
	void routerIsNotConnectedWithAWarningWhenTheDestinationHasNoExternalNetwork() {
		Plan plan = Planner.plan(Tenants.shop(), Mappings.NONE, new DestinationFacts(null, null, null, null),
				Tenants.REQUEST);
		assertThat(keys(plan)).doesNotContain("router-gateway/r-1");
		assertThat(warningCodes(plan)).contains("EXTERNAL_NETWORK_MISSING");
	}

	@Test
	void routesWhoseNexthopLeavesTheRouterAreDroppedWithAWarning() {
		Plan plan = plan(Tenants.shop(), Mappings.NONE);
		assertThat(attributes(plan, "router-routes/r-1")).containsEntry("routes",
				List.of(Map.of("destination", "172.20.0.0/16", "nexthop", "10.0.1.50")));
		assertThat(plan.warnings()).anySatisfy((warning) -> {
			assertThat(warning.code()).isEqualTo("ROUTE_DROPPED");
			assertThat(warning.source()).isEqualTo("router/r-1");
			assertThat(warning.message()).contains("172.30.0.0/16", "192.0.2.1");
		});
	}

	@Test
	void routesWhoseNexthopIsOnAnUnselectedSubnetAreDroppedWithAWarning() {
		Plan plan = plan(Tenants.shop(), Tenants.select("n-db"));
		assertThat(keys(plan)).doesNotContain("router-routes/r-1", "router-interface/r-1/s-web");
		assertThat(warningCodes(plan)).contains("ROUTE_DROPPED", "ROUTER_INTERFACE_SKIPPED");
	}

	@Test
	void routesFollowRemappedSubnets() {
		RouterSnapshot router = new RouterSnapshot("r-1", "edge", "", null,
				List.of(new RouterInterface("s-web", "p1", "10.0.1.1"), new RouterInterface("s-db", "p2", "10.0.2.1")),
				List.of(new Route("10.0.2.128/25", "10.0.1.50")));
		Plan plan = plan(Tenants.withRouters(Tenants.shop(), router),
				new Mappings(null, List.of(new Mappings.SubnetPair("10.0.1.0/24", "192.168.1.0/24"),
						new Mappings.SubnetPair("10.0.2.0/24", "192.168.2.0/24")), null, false, false));
		assertThat(attributes(plan, "router-routes/r-1")).containsEntry("routes",
				List.of(Map.of("destination", "192.168.2.128/25", "nexthop", "192.168.1.50")));
	}

	@Test
	void routesAreSetOnlyAfterEveryInterfaceOfTheRouter() {
		Plan plan = plan(Tenants.shop(), Mappings.NONE);
		List<String> keys = keys(plan);
		assertThat(plan.step("router-routes/r-1").orElseThrow().dependsOn()).contains("router-interface/r-1/s-web",
				"router-interface/r-1/s-db");
		assertThat(keys.indexOf("router-routes/r-1")).isGreaterThan(keys.indexOf("router-interface/r-1/s-web"))
			.isGreaterThan(keys.indexOf("router-interface/r-1/s-db"));
	}

	@Test
	void routerWhoseSubnetsAreAllLeftBehindIsSkippedWithAWarning() {
		RouterSnapshot db = new RouterSnapshot("r-db", "db-router", "", null,
				List.of(new RouterInterface("s-db", "p2", "10.0.2.1")), List.of());
		Plan plan = plan(Tenants.withRouters(Tenants.shop(), db), Tenants.select("n-web"));
		assertThat(keys(plan)).doesNotContain("router/r-db");
		assertThat(warningCodes(plan)).contains("ROUTER_SKIPPED");
	}

	@Test
	void routerWithoutInterfacesIsStillReplicated() {
		RouterSnapshot lonely = new RouterSnapshot("r-0", "spare", "", null, List.of(), List.of());
		assertThat(keys(plan(Tenants.withRouters(Tenants.shop(), lonely), Mappings.NONE))).contains("router/r-0");
	}

	@Test
	void selectedNetworkKeepsOnlyTheRoutesReachableThroughIt() {
		// Waldur acceptance tests 9 and 10, with routes checked by their nexthop (B11)
		RouterSnapshot router = new RouterSnapshot("r-1", "router", "", null,
				List.of(new RouterInterface("s-web", "p1", "10.0.1.1"), new RouterInterface("s-db", "p2", "10.0.2.1")),
				List.of(new Route("192.168.50.0/24", "10.0.1.9"), new Route("192.168.60.0/24", "10.0.2.9")));
		Plan selected = plan(Tenants.withRouters(Tenants.shop(), router), Tenants.select("n-web"));
		assertThat(attributes(selected, "router-routes/r-1")).containsEntry("routes",
				List.of(Map.of("destination", "192.168.50.0/24", "nexthop", "10.0.1.9")));
		Plan all = plan(Tenants.withRouters(Tenants.shop(), router), Mappings.NONE);
		assertThat((List<?>) attributes(all, "router-routes/r-1").get("routes")).hasSize(2);
	}

}
