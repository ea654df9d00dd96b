package io.stackshift.replication.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * Source tenants shaped like real ones, and their plans for a destination. A tenant of
 * size {@code n} has {@code n} application tiers, each a network with an IPv4 subnet (the
 * first also an IPv6 one), a security group with a few rules (the first refers to the
 * next tier's group), and two instance ports; one router joins all tiers, at the gateway
 * of the first and at {@code .254} of the others, with a route via the second tier, and
 * an external gateway.
 */
final class SourceTenants {

	static final String PASSWORD_REF = "secret/tenant-user";

	static final Secrets SECRETS = (reference) -> "pw-" + reference.hashCode();

	private SourceTenants() {
	}

	static Plan plan(int tiers, String externalNetworkId, String username) {
		return Planner.plan(tenant(tiers), new Mappings(null, List.of(), List.of(), false, true),
				new DestinationFacts(externalNetworkId, List.of(), null, List.of()),
				new TenantRequest("shop-" + username, null, username, PASSWORD_REF));
	}

	static Snapshot tenant(int tiers) {
		List<NetworkSnapshot> networks = new ArrayList<>();
		List<SubnetSnapshot> subnets = new ArrayList<>();
		List<SecurityGroupSnapshot> groups = new ArrayList<>();
		List<PortSnapshot> ports = new ArrayList<>();
		List<RouterSnapshot.RouterInterface> interfaces = new ArrayList<>();
		groups.add(new SecurityGroupSnapshot("sg-default", "default", "Default security group",
				List.of(rule("d-e4", "egress", "IPv4", null, null, null, null),
						rule("d-e6", "egress", "IPv6", null, null, null, null),
						rule("d-i4", "ingress", "IPv4", null, null, null, "sg-default"),
						rule("d-ssh", "ingress", "IPv4", "tcp", 22, "192.168.0.0/16", null))));
		for (int t = 0; t < tiers; t++) {
			String net = "n-" + t;
			String prefix = "10.0." + t;
			networks.add(new NetworkSnapshot(net, "tier-" + t, "tier " + t, 1450, true, false, false));
			subnets.add(new SubnetSnapshot("s-" + t, net, "tier-" + t + "-v4", "", prefix + ".0/24", 4, prefix + ".1",
					List.of(new AllocationPool(prefix + ".10", prefix + ".200")), List.of("8.8.8.8"),
					List.of(new Route("192.168.99.0/24", prefix + ".5")), true, null, null));
			if (t == 0) {
				subnets.add(new SubnetSnapshot("s-0-v6", net, "tier-0-v6", "", "fd00:1::/64", 6, "fd00:1::1",
						List.of(new AllocationPool("fd00:1::2", "fd00:1::ffff")), List.of(), List.of(), true, "slaac",
						"slaac"));
			}
			String next = "sg-" + ((t + 1) % tiers);
			groups.add(new SecurityGroupSnapshot("sg-" + t, "tier-" + t, "tier " + t + " servers",
					List.of(rule("r-" + t + "-e4", "egress", "IPv4", null, null, null, null),
							rule("r-" + t + "-e6", "egress", "IPv6", null, null, null, null),
							rule("r-" + t + "-http", "ingress", "IPv4", "tcp", 80, "0.0.0.0/0", null),
							rule("r-" + t + "-https", "ingress", "IPv4", "tcp", 443, "0.0.0.0/0", null),
							rule("r-" + t + "-peer", "ingress", "IPv4", "tcp", 5432, null, next))));
			interfaces
				.add(new RouterSnapshot.RouterInterface("s-" + t, "rp-" + t, prefix + ((t == 0) ? ".1" : ".254")));
			for (int p = 0; p < 2; p++) {
				String mac = String.format("fa:16:3e:00:%02x:%02x", t, p);
				ports.add(new PortSnapshot("port-" + t + "-" + p, net, "vm-" + t + "-" + p, "", mac,
						List.of(new FixedIp("s-" + t, prefix + "." + (20 + p))), List.of("sg-" + t, "sg-default"), true,
						List.of(new PortSnapshot.AddressPair(prefix + ".100", null)), "compute:nova",
						"vm-" + t + "-" + p, "ACTIVE", "host-1"));
			}
		}
		List<Route> routes = (tiers > 1) ? List.of(new Route("172.20.0.0/16", "10.0.1.50")) : List.of();
		RouterSnapshot router = new RouterSnapshot("r-1", "edge", "edge router",
				new RouterSnapshot.ExternalGateway("src-ext", List.of(), true), interfaces, routes);
		return new Snapshot(new TenantSnapshot("p-src", "shop", "the shop"),
				new QuotaSnapshot(Map.of("network", 20L, "router", 5L), Map.of("instances", 10L, "cores", -1L),
						Map.of("gigabytes", 1000L)),
				List.of(), networks, subnets, List.of(router), groups, ports, List.of(), "src-ext");
	}

	private static SecurityGroupRuleSnapshot rule(String id, String direction, String ethertype, String protocol,
			Integer port, String prefix, String remoteGroup) {
		return new SecurityGroupRuleSnapshot(id, direction, ethertype, protocol, port, port, prefix, remoteGroup, "");
	}

}
