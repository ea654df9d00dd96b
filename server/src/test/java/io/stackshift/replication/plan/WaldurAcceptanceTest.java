package io.stackshift.replication.plan;

import java.util.List;
import java.util.Map;

import io.stackshift.replication.snapshot.NetworkSnapshot;
import io.stackshift.replication.snapshot.QuotaSnapshot;
import io.stackshift.replication.snapshot.Route;
import io.stackshift.replication.snapshot.RouterSnapshot;
import io.stackshift.replication.snapshot.SecurityGroupRuleSnapshot;
import io.stackshift.replication.snapshot.SecurityGroupSnapshot;
import io.stackshift.replication.snapshot.Snapshot;
import io.stackshift.replication.snapshot.TenantSnapshot;
import io.stackshift.replication.snapshot.VolumeTypeSnapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The original's acceptance tests (reference section 8) that concern planning, on the
 * original's fixtures. Where we deliberately differ (routes are kept by nexthop, B11),
 * the test says so.
 */
class WaldurAcceptanceTest {

	private static final DestinationFacts DESTINATION = new DestinationFacts("test_network_id", null, null,
			List.of(new VolumeTypeSnapshot("type2-id", "type2")));

	private static Snapshot tenant(List<NetworkSnapshot> networks, List<RouterSnapshot> routers,
			List<SecurityGroupSnapshot> groups) {
		return new Snapshot(new TenantSnapshot("p", "vpc", ""),
				new QuotaSnapshot(null, Map.of("cores", 1L, "ram", 1024L), Map.of("gigabytes_type1", 10L)),
				List.of(new VolumeTypeSnapshot("type1-id", "type1")), networks,
				List.of(Tenants.subnet("sub1", "net1", "sub1", "192.168.1.0/24", "192.168.1.1"),
						Tenants.subnet("sub2", "net2", "sub2", "10.0.0.0/24", "10.0.0.1")),
				routers, groups, List.of(), List.of(), null);
	}

	private static final List<NetworkSnapshot> NETWORKS = List.of(
			new NetworkSnapshot("net1", "network1", "", null, true, false, false),
			new NetworkSnapshot("net2", "network2", "", null, true, false, false));

	@Test
	void migrationIsNamedAsRequested() {
		Plan plan = Planner.plan(tenant(NETWORKS, List.of(), List.of()), Mappings.NONE, DESTINATION,
				new TenantRequest("replicated vpc", null, "vpc-user-x2y3", "secret/1"));
		assertThat(Tenants.attributes(plan, "project")).containsEntry("name", "replicated vpc");
		assertThat(Tenants.attributes(plan, "user")).containsEntry("name", "vpc-user-x2y3");
	}

	@Test
	void volumeTypeQuotaFollowsTheMapping() {
		Plan plan = Planner.plan(tenant(NETWORKS, List.of(), List.of()),
				new Mappings(List.of(new Mappings.VolumeTypePair("type1-id", "type2-id")), List.of(), null, false,
						false),
				DESTINATION, Tenants.REQUEST);
		assertThat(Tenants.attributes(plan, "quotas/cinder").get("quota_set"))
			.isEqualTo(Map.of("gigabytes_type2", 10L));
	}

	@Test
	void securityGroupRulesAreReplicated() {
		SecurityGroupSnapshot group = new SecurityGroupSnapshot("sg", "sg", "", List
			.of(new SecurityGroupRuleSnapshot("rule", "ingress", "IPv4", "tcp", 22, 22, "0.0.0.0/0", null, "")));
		Plan plan = Planner.plan(tenant(NETWORKS, List.of(), List.of(group)), Mappings.NONE, DESTINATION,
				Tenants.REQUEST);
		assertThat(plan.steps().stream().filter((step) -> step.kind() == Kind.SECURITY_GROUP)).hasSize(1);
		assertThat(plan.steps()
			.stream()
			.filter((step) -> step.kind() == Kind.SECURITY_GROUP_RULE && step.action() == Action.CREATE)).hasSize(1);
	}

	@Test
	void selectedNetworksOnlyAndRoutesThroughThem() {
		// The original's router has no interfaces and a nexthop on no subnet, and keeps
		// the route
		// whose destination is a migrated subnet; we keep routes whose nexthop the router
		// can
		// reach (B11), so the router here is attached to both subnets.
		RouterSnapshot router = new RouterSnapshot("r", "router", "", null,
				List.of(new RouterSnapshot.RouterInterface("sub1", "p1", "192.168.1.1"),
						new RouterSnapshot.RouterInterface("sub2", "p2", "10.0.0.1")),
				List.of(new Route("172.17.8.0/24", "192.168.1.100"), new Route("172.17.9.0/24", "10.0.0.100")));
		Plan selected = Planner.plan(tenant(NETWORKS, List.of(router), List.of()),
				new Mappings(null, null, List.of("net1"), false, false), DESTINATION, Tenants.REQUEST);
		assertThat(Tenants.keys(selected)).contains("network/net1", "subnet/sub1")
			.doesNotContain("network/net2", "subnet/sub2");
		assertThat(Tenants.attributes(selected, "router-routes/r")).containsEntry("routes",
				List.of(Map.of("destination", "172.17.8.0/24", "nexthop", "192.168.1.100")));
		Plan all = Planner.plan(tenant(NETWORKS, List.of(router), List.of()), Mappings.NONE, DESTINATION,
				Tenants.REQUEST);
		assertThat(Tenants.keys(all)).contains("network/net1", "network/net2", "subnet/sub1", "subnet/sub2");
		assertThat((List<?>) Tenants.attributes(all, "router-routes/r").get("routes")).hasSize(2);
	}

}
