package io.stackshift.replication.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
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
 * Generated source tenants with valid mappings: the shape (how many networks, subnets,
 * routers, groups, ports) comes from jqwik, the wiring from a seeded {@link Random}.
 * Source subnets never overlap ({@code 10.<n>.0.0/<16..28>},
 * {@code fd00:<n>::/<48..64>}), destinations are {@code 10.<128+n>.0.0} and
 * {@code fd12:<n>::} of the same size.
 */
final class Topologies {

	/** A generated case. */
	record Case(Snapshot snapshot, Mappings mappings) {
	}

	private final Random random;

	private final List<NetworkSnapshot> networks = new ArrayList<>();

	private final List<SubnetSnapshot> subnets = new ArrayList<>();

	private Topologies(long seed) {
		this.random = new Random(seed);
	}

	static Case generate(long seed, int networkCount, int subnetsPerNetwork, int routerCount, int groupCount,
			int portCount) {
		return new Topologies(seed).build(networkCount, subnetsPerNetwork, routerCount, groupCount, portCount);
	}

	private Case build(int networkCount, int subnetsPerNetwork, int routerCount, int groupCount, int portCount) {
		List<Mappings.SubnetPair> pairs = new ArrayList<>();
		int index = 0;
		for (int n = 0; n < networkCount; n++) {
			this.networks.add(new NetworkSnapshot("n-" + n, pick("app", "db", "", "app"), "", 1500,
					this.random.nextBoolean(), false, false));
			for (int s = 0; s < 1 + this.random.nextInt(subnetsPerNetwork); s++, index++) {
				boolean v6 = this.random.nextInt(4) == 0;
				int length = v6 ? 48 + this.random.nextInt(17) : 16 + this.random.nextInt(13);
				String cidr = v6 ? "fd00:" + Integer.toHexString(index + 1) + "::/" + length
						: "10." + index + ".0.0/" + length;
				this.subnets.add(subnet("s-" + index, "n-" + n, cidr, v6));
				if (this.random.nextBoolean()) {
					pairs.add(
							new Mappings.SubnetPair(cidr, v6 ? "fd12:" + Integer.toHexString(index + 1) + "::/" + length
									: "10." + (128 + index) + ".0.0/" + length));
				}
			}
		}
		List<SecurityGroupSnapshot> groups = groups(groupCount);
		List<String> selected = new ArrayList<>();
		if (this.random.nextBoolean()) {
			this.networks.stream().filter((network) -> this.random.nextBoolean()).forEach((n) -> selected.add(n.id()));
		}
		Snapshot snapshot = new Snapshot(new TenantSnapshot("p", "tenant", ""), quotas(), List.of(), this.networks,
				this.subnets, routers(routerCount), groups, ports(portCount, groups), List.of(), "ext");
		List<Mappings.SubnetPair> inScope = pairs.stream()
			.filter((pair) -> selected.isEmpty() || this.subnets.stream()
				.anyMatch((s) -> s.cidr().equals(pair.srcCidr()) && selected.contains(s.networkId())))
			.toList();
		return new Case(snapshot,
				new Mappings(null, inScope, selected, this.random.nextBoolean(), this.random.nextBoolean()));
	}

	private SubnetSnapshot subnet(String id, String networkId, String cidr, boolean v6) {
		IPAddress block = new IPAddressString(cidr).getAddress();
		String gateway = this.random.nextInt(5) == 0 ? null : host(block);
		List<AllocationPool> pools = List
			.of(new AllocationPool(block.getLower().increment(2).withoutPrefixLength().toCanonicalString(),
					block.getUpper().increment(-1).withoutPrefixLength().toCanonicalString()));
		List<String> dns = v6 ? List.of(host(block)) : List.of(host(block), "8.8.8.8");
		List<Route> hostRoutes = v6 ? List.of() : List.of(new Route("192.168.250.0/24", host(block)));
		return new SubnetSnapshot(id, networkId, "", "", cidr, v6 ? 6 : 4, gateway, pools, dns, hostRoutes,
				this.random.nextBoolean(), v6 ? "slaac" : null, v6 ? "slaac" : null);
	}

	private List<RouterSnapshot> routers(int count) {
		List<RouterSnapshot> routers = new ArrayList<>();
		for (int r = 0; r < count; r++) {
			List<RouterSnapshot.RouterInterface> interfaces = new ArrayList<>();
			List<Route> routes = new ArrayList<>();
			for (SubnetSnapshot subnet : this.subnets) {
				if (this.random.nextInt(3) == 0) {
					interfaces.add(new RouterSnapshot.RouterInterface(subnet.id(), "rp-" + r + "-" + subnet.id(),
							host(block(subnet))));
					routes.add(new Route(pick(this.subnets).cidr(), host(block(subnet))));
				}
			}
			routes.add(new Route("172.31.0.0/24", "192.0.2." + (1 + this.random.nextInt(250))));
			RouterSnapshot.ExternalGateway gateway = this.random.nextBoolean()
					? new RouterSnapshot.ExternalGateway("ext", List.of(), null) : null;
			routers.add(new RouterSnapshot("r-" + r, "router", "", gateway, interfaces, routes));
		}
		return routers;
	}

	private List<SecurityGroupSnapshot> groups(int count) {
		List<SecurityGroupSnapshot> groups = new ArrayList<>();
		for (int g = 0; g < count; g++) {
			List<SecurityGroupRuleSnapshot> rules = new ArrayList<>();
			for (int i = 0; i < this.random.nextInt(5); i++) {
				String remoteGroup = this.random.nextInt(3) == 0 ? "g-" + this.random.nextInt(count) : null;
				SubnetSnapshot target = pick(this.subnets);
				String ethertype = (target.ipVersion() == 6) ? "IPv6" : "IPv4";
				String prefix = null;
				if (remoteGroup == null && this.random.nextBoolean()) {
					prefix = this.random.nextBoolean() ? target.cidr()
							: host(block(target)) + ((target.ipVersion() == 6) ? "/128" : "/32");
				}
				rules.add(new SecurityGroupRuleSnapshot("g-" + g + "-r-" + i, pick("ingress", "egress"), ethertype,
						pick("tcp", null), null, null, prefix, remoteGroup, ""));
			}
			groups.add(new SecurityGroupSnapshot("g-" + g, g == 0 ? "default" : pick("web", "db", "web"), "", rules));
		}
		return groups;
	}

	private List<PortSnapshot> ports(int count, List<SecurityGroupSnapshot> groups) {
		List<PortSnapshot> ports = new ArrayList<>();
		for (int p = 0; p < count; p++) {
			NetworkSnapshot network = pick(this.networks);
			List<SubnetSnapshot> own = this.subnets.stream().filter((s) -> s.networkId().equals(network.id())).toList();
			List<FixedIp> fixedIps = new ArrayList<>();
			for (int i = 0; i < this.random.nextInt(3); i++) {
				SubnetSnapshot subnet = pick(own);
				fixedIps.add(new FixedIp(subnet.id(), host(block(subnet))));
			}
			String kind = pick("instance", "vip", "network:dhcp", "network:router_interface", "other");
			String owner = switch (kind) {
				case "instance", "vip" -> "compute:nova";
				case "other" -> "";
				default -> kind;
			};
			List<PortSnapshot.AddressPair> pairs = fixedIps.isEmpty() ? List.of()
					: List.of(new PortSnapshot.AddressPair(fixedIps.get(0).ipAddress(), null));
			ports.add(new PortSnapshot("port-" + p, network.id(), "", "", "fa:16:3e:00:00:" + p, fixedIps,
					List.of(pick(groups).id()), true, pairs, owner, kind.equals("vip") ? "" : "device-" + p,
					kind.equals("vip") ? "DOWN" : "ACTIVE", kind.equals("vip") ? "" : "host"));
		}
		return ports;
	}

	private QuotaSnapshot quotas() {
		Map<String, Long> neutron = new HashMap<>();
		for (String key : List.of("network", "subnet", "port", "router", "security_group", "security_group_rule")) {
			neutron.put(key, (long) (this.random.nextInt(12) - 1));
		}
		return new QuotaSnapshot(neutron, Map.of("cores", -1L), Map.of("gigabytes", 0L));
	}

	private String host(IPAddress block) {
		int span = block.getCount().min(java.math.BigInteger.valueOf(5002)).intValue() - 2;
		return block.getLower().increment(1 + this.random.nextInt(span)).withoutPrefixLength().toCanonicalString();
	}

	private static IPAddress block(SubnetSnapshot subnet) {
		return new IPAddressString(subnet.cidr()).getAddress();
	}

	private <T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	@SafeVarargs
	private <T> T pick(T... items) {
		return items[this.random.nextInt(items.length)];
	}

}
