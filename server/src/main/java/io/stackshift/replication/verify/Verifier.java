package io.stackshift.replication.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.Network;
import io.stackshift.openstack.client.Port;
import io.stackshift.openstack.client.Router;
import io.stackshift.openstack.client.SecurityGroup;
import io.stackshift.openstack.client.SecurityGroupRule;
import io.stackshift.openstack.client.Subnet;
import io.stackshift.replication.plan.Action;
import io.stackshift.replication.plan.Kind;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.plan.Ref;
import io.stackshift.replication.plan.Step;

/**
 * Compares the destination project with the plan: every planned object with the planned
 * attributes (networks; subnets with CIDR, gateway, pools, DNS, host routes; routers with
 * gateway, interfaces and routes; groups and normalised rules; ports with addresses, MAC,
 * groups and address pairs; quotas), and no object the plan does not have.
 */
public final class Verifier {

	private final CloudClient cloud;

	public Verifier(CloudClient cloud) {
		this.cloud = cloud;
	}

	/**
	 * @param plan the plan that was applied
	 * @param ids the OpenStack id of each done step, by step key (from the journal)
	 * @return the report; {@link VerificationReport#matches()} when nothing differs
	 */
	public VerificationReport verify(Plan plan, Map<String, String> ids) {
		if (ids.get("project") == null) {
			// no project: never made, or removed by a cleanup; nothing of the plan is
			// there
			List<Difference> missing = plan.steps()
				.stream()
				.map((step) -> new Difference(step.key(), "exists", "yes", "no"))
				.toList();
			return new VerificationReport(missing.size(), missing);
		}
		DestinationState state = DestinationState.read(this.cloud, ids.get("project"));
		List<Difference> differences = new ArrayList<>();
		int checked = 0;
		// Subnets created without DHCP until their ports hold their addresses end with it
		// on.
		Set<String> laterDhcp = plan.steps()
			.stream()
			.filter((step) -> step.kind() == Kind.SUBNET_DHCP)
			.map(Step::parent)
			.collect(java.util.stream.Collectors.toSet());
		for (Step step : plan.steps()) {
			Map<String, Object> wanted = resolve(step.attributes(), ids);
			String id = ids.get(step.key());
			Compare compare = new Compare(step.key(), differences);
			checked++;
			switch (step.kind()) {
				case NETWORK -> network(compare, wanted, state.networks().get(id));
				case SUBNET -> subnet(compare, laterDhcp.contains(step.key()) ? withDhcp(wanted) : wanted,
						state.subnets().get(id));
				case SECURITY_GROUP -> group(compare, wanted, state.groups().get(id));
				case SECURITY_GROUP_RULE -> rule(compare, step, wanted, state);
				case ROUTER -> compare.exists(state.routers().get(id))
					.ifPresent((r) -> compare.same("name", wanted.get("name"), r.name()));
				case ROUTER_GATEWAY -> gateway(compare, wanted, state);
				case ROUTER_INTERFACE -> routerInterface(compare, wanted, state);
				case ROUTER_ROUTES -> routes(compare, wanted, state);
				case PORT -> port(compare, wanted, state.ports().get(id), automaticAddressing(plan, ids));
				case NEUTRON_QUOTAS, NOVA_QUOTAS, CINDER_QUOTAS -> quotas(compare, step.kind(), wanted, state);
				default -> checked--;
			}
		}
		new Extras(plan, ids, state, differences).find();
		return new VerificationReport(checked, differences);
	}

	private static Map<String, Object> withDhcp(Map<String, Object> wanted) {
		Map<String, Object> changed = new java.util.HashMap<>(wanted);
		changed.put("enable_dhcp", true);
		return changed;
	}

	private static void network(Compare compare, Map<String, Object> wanted, Network network) {
		compare.exists(network).ifPresent((n) -> {
			compare.same("name", wanted.get("name"), n.name());
			compare.sameText("description", wanted.get("description"), n.description());
			if (wanted.get("mtu") != null) {
				compare.same("mtu", wanted.get("mtu"), n.mtu());
			}
			compare.same("port_security_enabled", wanted.get("port_security_enabled"), n.portSecurityEnabled());
		});
	}

	private static void subnet(Compare compare, Map<String, Object> wanted, Subnet subnet) {
		compare.exists(subnet).ifPresent((s) -> {
			compare.same("network_id", wanted.get("network_id"), s.networkId());
			compare.same("cidr", wanted.get("cidr"), s.cidr());
			compare.same("gateway_ip", wanted.get("gateway_ip"), s.gatewayIp());
			compare.same("enable_dhcp", wanted.get("enable_dhcp"), s.enableDhcp());
			List<String> pools = maps(wanted.get("allocation_pools")).stream()
				.map((p) -> p.get("start") + "-" + p.get("end"))
				.toList();
			if (!pools.isEmpty()) {
				compare.same("allocation_pools", pools,
						s.allocationPools().stream().map((p) -> p.start() + "-" + p.end()).toList());
			}
			compare.same("dns_nameservers", wanted.get("dns_nameservers"), s.dnsNameservers());
			compare.same("host_routes",
					sorted(maps(wanted.get("host_routes")).stream()
						.map((r) -> r.get("destination") + " via " + r.get("nexthop"))
						.toList()),
					sorted(s.hostRoutes().stream().map((r) -> r.destination() + " via " + r.nexthop()).toList()));
		});
	}

	private static void group(Compare compare, Map<String, Object> wanted, SecurityGroup group) {
		compare.exists(group).ifPresent((g) -> {
			compare.same("name", wanted.get("name"), g.name());
			compare.sameText("description", wanted.get("description"), g.description());
		});
	}

	private static void rule(Compare compare, Step step, Map<String, Object> wanted, DestinationState state) {
		RuleTuple tuple = RuleTuple.of(wanted);
		boolean present = state.rules()
			.stream()
			.anyMatch((rule) -> rule.securityGroupId().equals(wanted.get("security_group_id"))
					&& RuleTuple.of(rule).equals(tuple));
		boolean expected = step.action() != Action.DELETE;
		compare.same("rule " + tuple, expected ? "present" : "absent", present ? "present" : "absent");
	}

	private static void gateway(Compare compare, Map<String, Object> wanted, DestinationState state) {
		compare.exists(state.routers().get(wanted.get("router_id"))).ifPresent((router) -> {
			Map<?, ?> info = (Map<?, ?>) wanted.get("external_gateway_info");
			compare.same("external network", info.get("network_id"),
					(router.externalGatewayInfo() != null) ? router.externalGatewayInfo().networkId() : null);
		});
	}

	private static void routerInterface(Compare compare, Map<String, Object> wanted, DestinationState state) {
		Object address = wanted.get("ip_address");
		boolean attached = state.ports()
			.values()
			.stream()
			.filter((port) -> Objects.equals(port.deviceId(), wanted.get("router_id")))
			.flatMap((port) -> port.fixedIps().stream())
			.anyMatch((ip) -> ip.subnetId().equals(wanted.get("subnet_id"))
					&& (address == null || address.equals(ip.ipAddress())));
		compare.same("interface at " + Objects.toString(address, "the gateway"), "attached",
				attached ? "attached" : "missing");
	}

	private static void routes(Compare compare, Map<String, Object> wanted, DestinationState state) {
		compare.exists(state.routers().get(wanted.get("router_id"))).ifPresent((router) -> {
			List<String> actual = (router.routes() != null)
					? router.routes().stream().map((r) -> r.destination() + " via " + r.nexthop()).toList() : List.of();
			compare.same("routes",
					sorted(maps(wanted.get("routes")).stream()
						.map((r) -> r.get("destination") + " via " + r.get("nexthop"))
						.toList()),
					sorted(actual));
		});
	}

	/**
	 * Subnets whose IPv6 addresses Neutron derives from the MAC by itself (SLAAC,
	 * stateless DHCPv6): every port on their network gets one, planned or not.
	 */
	private static Set<String> automaticAddressing(Plan plan, Map<String, String> ids) {
		Set<String> subnets = new HashSet<>();
		for (Step step : plan.steps()) {
			Object mode = step.attributes().get("ipv6_address_mode");
			if (step.kind() == Kind.SUBNET && ("slaac".equals(mode) || "dhcpv6-stateless".equals(mode))) {
				subnets.add(ids.get(step.key()));
			}
		}
		return subnets;
	}

	private static void port(Compare compare, Map<String, Object> wanted, Port port, Set<String> automatic) {
		compare.exists(port).ifPresent((p) -> {
			Set<String> plannedSubnets = new HashSet<>();
			maps(wanted.get("fixed_ips")).forEach((ip) -> plannedSubnets.add(String.valueOf(ip.get("subnet_id"))));
			compare.same("network_id", wanted.get("network_id"), p.networkId());
			compare.same("mac_address", wanted.get("mac_address"), p.macAddress());
			compare.same("fixed_ips",
					sorted(maps(wanted.get("fixed_ips")).stream()
						.map((ip) -> ip.get("subnet_id") + "/" + ip.get("ip_address"))
						.toList()),
					sorted(p.fixedIps()
						.stream()
						.filter((ip) -> plannedSubnets.contains(ip.subnetId()) || !automatic.contains(ip.subnetId()))
						.map((ip) -> ip.subnetId() + "/" + ip.ipAddress())
						.toList()));
			compare.same("security_groups", sorted(strings(wanted.get("security_groups"))), sorted(p.securityGroups()));
			compare.same("allowed_address_pairs",
					sorted(maps(wanted.get("allowed_address_pairs")).stream()
						.map((pair) -> String.valueOf(pair.get("ip_address")))
						.toList()),
					sorted(p.allowedAddressPairs().stream().map(Port.AllowedAddressPair::ipAddress).toList()));
			compare.same("port_security_enabled", wanted.get("port_security_enabled"), p.portSecurityEnabled());
		});
	}

	private static void quotas(Compare compare, Kind kind, Map<String, Object> wanted, DestinationState state) {
		Map<String, Long> actual = state.quotas().get(kind);
		((Map<?, ?>) wanted.get("quota_set")).forEach((name, limit) -> compare.same("quota " + name,
				((Number) limit).longValue(), actual.get(String.valueOf(name))));
	}

	static Object resolve(Object value, Map<String, String> ids) {
		if (value instanceof Ref ref) {
			return ids.get(ref.step());
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> resolved = new LinkedHashMap<>();
			map.forEach((key, item) -> resolved.put(key.toString(), resolve(item, ids)));
			return resolved;
		}
		if (value instanceof Collection<?> items) {
			return items.stream().map((item) -> resolve(item, ids)).toList();
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> resolve(Map<String, Object> attributes, Map<String, String> ids) {
		return (Map<String, Object>) resolve((Object) attributes, ids);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object value) {
		return (value != null) ? (List<Map<String, Object>>) value : List.of();
	}

	private static List<String> strings(Object value) {
		return (value != null) ? ((List<?>) value).stream().map(String::valueOf).toList() : List.of();
	}

	private static List<String> sorted(Collection<String> values) {
		return List.copyOf(new TreeSet<>((values != null) ? values : List.of()));
	}

	static Set<String> idSet(Map<String, String> ids) {
		return new HashSet<>(ids.values());
	}

}
