package io.stackshift.replication.plan;

import java.util.List;
import java.util.Map;

import io.stackshift.replication.snapshot.AllocationPool;
import io.stackshift.replication.snapshot.FixedIp;
import io.stackshift.replication.snapshot.FloatingIpSnapshot;
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
import io.stackshift.replication.snapshot.VolumeTypeSnapshot;

/**
 * Source tenants for planner tests.
 */
final class Tenants {

	static final TenantRequest REQUEST = new TenantRequest(null, null, "shop-user-a2b3", "secret/migration-1");

	static final DestinationFacts DESTINATION = new DestinationFacts("ext-net", List.of("203.0.113.0/24"), null,
			List.of(new VolumeTypeSnapshot("dst-ssd", "ssd"), new VolumeTypeSnapshot("dst-fast", "fast")));

	private Tenants() {
	}

	/**
	 * A web shop: networks {@code web} (IPv4 and IPv6 subnets) and {@code db}, one router
	 * with a gateway on both, groups {@code web} and {@code db} referring to each other,
	 * the {@code default} group as Neutron made it plus one SSH rule, an instance with
	 * two addresses, a free VIP, and the ports Neutron makes by itself.
	 */
	static Snapshot shop() {
		return new Snapshot(new TenantSnapshot("p-1", "shop", "the web shop"),
				new QuotaSnapshot(Map.of("network", 10L, "subnet", 10L, "port", 50L, "router", 1L, "floatingip", 0L),
						Map.of("instances", 10L, "cores", -1L, "ram", 51200L),
						Map.of("gigabytes", 1000L, "volumes", 20L, "gigabytes_ssd", 100L, "gigabytes_hdd", 300L,
								"volumes_ssd", 0L)),
				List.of(new VolumeTypeSnapshot("src-ssd", "ssd"), new VolumeTypeSnapshot("src-hdd", "hdd")),
				List.of(new NetworkSnapshot("n-web", "web", "front end", 1450, true, false, false),
						new NetworkSnapshot("n-db", "db", "", 1450, true, false, false)),
				List.of(subnet("s-web", "n-web", "web-v4", "10.0.1.0/24", "10.0.1.1"),
						new SubnetSnapshot("s-web6", "n-web", "web-v6", "", "fd00:1::/64", 6, "fd00:1::1",
								List.of(new AllocationPool("fd00:1::2", "fd00:1::ffff")), List.of(), List.of(), true,
								"slaac", "slaac"),
						subnet("s-db", "n-db", "db-v4", "10.0.2.0/24", "10.0.2.1")),
				List.of(new RouterSnapshot("r-1", "edge", "",
						new RouterSnapshot.ExternalGateway("src-ext", List.of(new FixedIp("ext-sub", "198.51.100.7")),
								true),
						List.of(new RouterSnapshot.RouterInterface("s-web", "rp-web", "10.0.1.1"),
								new RouterSnapshot.RouterInterface("s-db", "rp-db", "10.0.2.1")),
						List.of(new Route("172.20.0.0/16", "10.0.1.50"), new Route("172.30.0.0/16", "192.0.2.1")))),
				List.of(defaultGroup(),
						group("g-web", "web", rule("r-web-http", "ingress", "tcp", 80, null, null),
								rule("r-web-from-db", "ingress", "tcp", 8080, null, "g-db")),
						group("g-db", "db", rule("r-db-from-web", "ingress", "tcp", 5432, null, "g-web"),
								rule("r-db-admin", "ingress", "tcp", 22, "10.0.1.0/28", null))),
				List.of(new PortSnapshot("p-vm", "n-web", "vm-1", "", "fa:16:3e:00:00:01",
						List.of(new FixedIp("s-web", "10.0.1.23"), new FixedIp("s-web6", "fd00:1::23")),
						List.of("g-web", "g-default"), true, List.of(new PortSnapshot.AddressPair("10.0.1.100", null)),
						"compute:nova", "vm-1", "ACTIVE", "compute-1"),
						new PortSnapshot("p-vip", "n-web", "vip", "", "fa:16:3e:00:00:02",
								List.of(new FixedIp("s-web", "10.0.1.100")), List.of("g-web"), true, List.of(),
								"compute:nova", "", "DOWN", ""),
						new PortSnapshot("rp-web", "n-web", "", "", "fa:16:3e:00:00:03",
								List.of(new FixedIp("s-web", "10.0.1.1")), List.of(), false, List.of(),
								"network:router_interface", "r-1", "ACTIVE", "net-1"),
						new PortSnapshot("dhcp-web", "n-web", "", "", "fa:16:3e:00:00:04",
								List.of(new FixedIp("s-web", "10.0.1.2")), List.of(), false, List.of(), "network:dhcp",
								"dhcp", "ACTIVE", "net-1"),
						new PortSnapshot("p-db", "n-db", "db-1", "", "fa:16:3e:00:00:05",
								List.of(new FixedIp("s-db", "10.0.2.10")), List.of("g-db"), true, List.of(),
								"compute:nova", "vm-2", "ACTIVE", "compute-2")),
				List.of(new FloatingIpSnapshot("fip-1", "198.51.100.20", "src-ext", "p-vm", "10.0.1.23")), "src-ext");
	}

	static SubnetSnapshot subnet(String id, String networkId, String name, String cidr, String gateway) {
		String prefix = cidr.substring(0, cidr.lastIndexOf('.'));
		return new SubnetSnapshot(id, networkId, name, "", cidr, 4, gateway,
				List.of(new AllocationPool(prefix + ".2", prefix + ".254")), List.of(prefix + ".53", "8.8.8.8"),
				List.of(new Route("192.168.200.0/24", prefix + ".254")), true, null, null);
	}

	static SecurityGroupSnapshot defaultGroup() {
		return group("g-default", "default", rule("d-egress4", "egress", null, null, null, null, "IPv4"),
				rule("d-egress6", "egress", null, null, null, null, "IPv6"),
				rule("d-ingress4", "ingress", null, null, null, "g-default", "IPv4"),
				rule("d-ssh", "ingress", "tcp", 22, "0.0.0.0/0", null, "IPv4"));
	}

	static SecurityGroupSnapshot group(String id, String name, SecurityGroupRuleSnapshot... rules) {
		return new SecurityGroupSnapshot(id, name, "", List.of(rules));
	}

	static SecurityGroupRuleSnapshot rule(String id, String direction, String protocol, Integer port, String prefix,
			String remoteGroup) {
		return rule(id, direction, protocol, port, prefix, remoteGroup, "IPv4");
	}

	static SecurityGroupRuleSnapshot rule(String id, String direction, String protocol, Integer port, String prefix,
			String remoteGroup, String ethertype) {
		return new SecurityGroupRuleSnapshot(id, direction, ethertype, protocol, port, port, prefix, remoteGroup, "");
	}

	static Snapshot withRouters(Snapshot s, RouterSnapshot... routers) {
		return new Snapshot(s.tenant(), s.quotas(), s.volumeTypes(), s.networks(), s.subnets(), List.of(routers),
				s.securityGroups(), s.ports(), s.floatingIps(), s.externalNetworkId());
	}

	static Snapshot withGroups(Snapshot s, SecurityGroupSnapshot... groups) {
		return new Snapshot(s.tenant(), s.quotas(), s.volumeTypes(), s.networks(), s.subnets(), s.routers(),
				List.of(groups), s.ports(), s.floatingIps(), s.externalNetworkId());
	}

	static Snapshot withPorts(Snapshot s, PortSnapshot... ports) {
		return new Snapshot(s.tenant(), s.quotas(), s.volumeTypes(), s.networks(), s.subnets(), s.routers(),
				s.securityGroups(), List.of(ports), s.floatingIps(), s.externalNetworkId());
	}

	static Snapshot withQuotas(Snapshot s, QuotaSnapshot quotas) {
		return new Snapshot(s.tenant(), quotas, s.volumeTypes(), s.networks(), s.subnets(), s.routers(),
				s.securityGroups(), s.ports(), s.floatingIps(), s.externalNetworkId());
	}

	static Snapshot withSubnets(Snapshot s, SubnetSnapshot... subnets) {
		return new Snapshot(s.tenant(), s.quotas(), s.volumeTypes(), s.networks(), List.of(subnets), s.routers(),
				s.securityGroups(), s.ports(), s.floatingIps(), s.externalNetworkId());
	}

	static Plan plan(Snapshot snapshot, Mappings mappings) {
		return Planner.plan(snapshot, mappings, DESTINATION, REQUEST);
	}

	static Map<String, Object> attributes(Plan plan, String key) {
		return plan.step(key).orElseThrow(() -> new AssertionError("no step " + key)).attributes();
	}

	static List<String> keys(Plan plan) {
		return plan.steps().stream().map(Step::key).toList();
	}

	static List<String> warningCodes(Plan plan) {
		return plan.warnings().stream().map(Warning::code).toList();
	}

	static Mappings remap(String source, String destination) {
		return new Mappings(null, List.of(new Mappings.SubnetPair(source, destination)), null, false, false);
	}

	static Mappings remapWithPorts(String source, String destination) {
		return new Mappings(null, List.of(new Mappings.SubnetPair(source, destination)), null, false, true);
	}

	static Mappings select(String... networks) {
		return new Mappings(null, null, List.of(networks), false, true);
	}

	static Mappings ports() {
		return new Mappings(null, null, null, false, true);
	}

}
