package io.stackshift.replication.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.stackshift.replication.plan.DestinationFacts;
import io.stackshift.replication.plan.Mappings;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.plan.Planner;
import io.stackshift.replication.plan.TenantRequest;
import io.stackshift.replication.snapshot.AllocationPool;
import io.stackshift.replication.snapshot.FixedIp;
import io.stackshift.replication.snapshot.NetworkSnapshot;
import io.stackshift.replication.snapshot.PortSnapshot;
import io.stackshift.replication.snapshot.QuotaSnapshot;
import io.stackshift.replication.snapshot.Route;
import io.stackshift.replication.snapshot.RouterSnapshot;
import io.stackshift.replication.snapshot.SecurityGroupRuleSnapshot;
import io.stackshift.replication.snapshot.SecurityGroupSnapshot;
import io.stackshift.replication.snapshot.Snapshot;
import io.stackshift.replication.snapshot.SubnetSnapshot;
import io.stackshift.replication.snapshot.TenantSnapshot;

/**
 * Source tenants of the benchmark sizes, with exactly the counted objects (unlike the
 * planner's generated {@code Topologies}, whose shape is random): subnets spread over the
 * networks, each subnet joined to one router and holding ports, routes via joined
 * subnets, and rules of which some refer to another group. The seed decides the wiring,
 * so two runs with one seed migrate the same tenant.
 */
final class BenchmarkTenants {

	/** How many objects of each kind a tenant has. */
	record Size(String name, int networks, int subnets, int routers, int groups, int rules, int ports) {

		static final Size S = new Size("S", 5, 10, 2, 10, 100, 50);

		static final Size M = new Size("M", 20, 40, 5, 40, 400, 300);

		static final Size L = new Size("L", 50, 100, 10, 100, 1000, 1000);

		static Size named(String name) {
			return switch (name.trim().toUpperCase()) {
				case "S" -> S;
				case "M" -> M;
				case "L" -> L;
				default -> throw new IllegalArgumentException("unknown size " + name + " (S, M or L)");
			};
		}

	}

	private final Size size;

	private final Random random;

	private BenchmarkTenants(Size size, long seed) {
		this.size = size;
		this.random = new Random(seed);
	}

	static Plan plan(Size size, long seed, String externalNetworkId, String username) {
		return Planner.plan(new BenchmarkTenants(size, seed).tenant(),
				new Mappings(null, List.of(), List.of(), false, true),
				new DestinationFacts(externalNetworkId, List.of(), null, List.of()),
				new TenantRequest("bench-" + username, null, username, SourceTenants.PASSWORD_REF));
	}

	private Snapshot tenant() {
		List<NetworkSnapshot> networks = new ArrayList<>();
		for (int n = 0; n < this.size.networks(); n++) {
			networks.add(new NetworkSnapshot("n-" + n, "net-" + n, "", 1450, true, false, false));
		}
		List<SubnetSnapshot> subnets = new ArrayList<>();
		for (int s = 0; s < this.size.subnets(); s++) {
			String prefix = "10." + (s / 200) + "." + (s % 200);
			subnets.add(new SubnetSnapshot("s-" + s, "n-" + (s % this.size.networks()), "sub-" + s, "",
					prefix + ".0/24", 4, prefix + ".1", List.of(new AllocationPool(prefix + ".10", prefix + ".200")),
					List.of("8.8.8.8"), List.of(new Route("192.168.99.0/24", prefix + ".5")), true, null, null));
		}
		return new Snapshot(new TenantSnapshot("p-bench", "bench", "benchmark tenant"), quotas(), List.of(), networks,
				subnets, routers(subnets), groups(), ports(subnets), List.of(), "src-ext");
	}

	/** Room for everything, so a quota never decides the outcome. */
	private QuotaSnapshot quotas() {
		long room = 10L * (this.size.ports() + this.size.rules() + 100);
		return new QuotaSnapshot(
				Map.of("network", room, "subnet", room, "router", room, "port", room, "security_group", room,
						"security_group_rule", room),
				Map.of("instances", 10L, "cores", -1L), Map.of("gigabytes", 1000L));
	}

	private List<RouterSnapshot> routers(List<SubnetSnapshot> subnets) {
		List<RouterSnapshot> routers = new ArrayList<>();
		for (int r = 0; r < this.size.routers(); r++) {
			List<RouterSnapshot.RouterInterface> interfaces = new ArrayList<>();
			List<Route> routes = new ArrayList<>();
			for (int s = r; s < subnets.size(); s += this.size.routers()) {
				SubnetSnapshot subnet = subnets.get(s);
				interfaces
					.add(new RouterSnapshot.RouterInterface(subnet.id(), "rp-" + r + "-" + s, subnet.gatewayIp()));
				String nextHop = subnet.cidr().replace(".0/24", "." + (2 + this.random.nextInt(8)));
				routes.add(new Route("172.16." + s % 250 + ".0/24", nextHop));
			}
			RouterSnapshot.ExternalGateway gateway = (r == 0)
					? new RouterSnapshot.ExternalGateway("src-ext", List.of(), true) : null;
			routers.add(new RouterSnapshot("r-" + r, "router-" + r, "", gateway, interfaces, routes));
		}
		return routers;
	}

	/**
	 * Group 0 is {@code default}. Every group holds the two egress rules Neutron gives
	 * each new group (counted among the rules, as a real source lists them); the other
	 * rules go round-robin, a quarter of them referring to a lower-numbered group, so the
	 * original's dependency order of groups exists.
	 */
	private List<SecurityGroupSnapshot> groups() {
		List<List<SecurityGroupRuleSnapshot>> rules = new ArrayList<>();
		for (int g = 0; g < this.size.groups(); g++) {
			rules.add(new ArrayList<>(List.of(egress(g, "IPv4"), egress(g, "IPv6"))));
		}
		for (int k = 2 * this.size.groups(); k < this.size.rules(); k++) {
			int g = k % this.size.groups();
			String remote = (g > 0 && this.random.nextInt(4) == 0) ? "g-" + this.random.nextInt(g) : null;
			String prefix = (remote == null) ? "10." + this.random.nextInt(4) + ".0.0/16" : null;
			// distinct ports keep every rule distinct, as Neutron requires within a group
			int port = 1000 + k;
			rules.get(g)
				.add(new SecurityGroupRuleSnapshot("g-" + g + "-r-" + k, "ingress", "IPv4", "tcp", port, port, prefix,
						remote, ""));
		}
		List<SecurityGroupSnapshot> groups = new ArrayList<>();
		for (int g = 0; g < this.size.groups(); g++) {
			groups.add((g == 0) ? new SecurityGroupSnapshot("g-0", "default", "Default security group", rules.get(g))
					: new SecurityGroupSnapshot("g-" + g, "group-" + g, "", rules.get(g)));
		}
		return groups;
	}

	private static SecurityGroupRuleSnapshot egress(int group, String ethertype) {
		return new SecurityGroupRuleSnapshot("g-" + group + "-" + ethertype, "egress", ethertype, null, null, null,
				null, null, "");
	}

	/** Ports round-robin over the subnets, so every subnet has some. */
	private List<PortSnapshot> ports(List<SubnetSnapshot> subnets) {
		List<PortSnapshot> ports = new ArrayList<>();
		for (int p = 0; p < this.size.ports(); p++) {
			SubnetSnapshot subnet = subnets.get(p % subnets.size());
			String address = subnet.cidr().replace(".0/24", "." + (20 + p / subnets.size()));
			String mac = String.format("fa:16:3e:%02x:%02x:%02x", (p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
			String group = "g-" + this.random.nextInt(this.size.groups());
			ports.add(new PortSnapshot("port-" + p, subnet.networkId(), "vm-" + p, "", mac,
					List.of(new FixedIp(subnet.id(), address)), List.of(group), true, List.of(), "compute:nova",
					"vm-" + p, "ACTIVE", "host-1"));
		}
		return ports;
	}

}
