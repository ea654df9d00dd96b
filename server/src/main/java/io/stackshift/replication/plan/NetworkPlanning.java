package io.stackshift.replication.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.stackshift.replication.snapshot.AllocationPool;
import io.stackshift.replication.snapshot.NetworkSnapshot;
import io.stackshift.replication.snapshot.PortSnapshot;
import io.stackshift.replication.snapshot.Route;
import io.stackshift.replication.snapshot.SubnetSnapshot;

/**
 * Networks and their subnets. Only the selected networks are planned (B7). A subnet gets
 * its mapped CIDR, and every address that describes it (gateway, pools, DNS servers, host
 * routes) moves with it by the same offset; IP version, DHCP, IPv6 modes and a disabled
 * gateway are kept (B26, B11). When ports are replicated, DHCP is turned on for their
 * subnets only after them.
 */
final class NetworkPlanning {

	private final Scope scope;

	private final AddressTranslation translation;

	private final Draft draft;

	private final Map<String, List<String>> portsBySubnet;

	/**
	 * @param scope what is migrated
	 * @param ports the ports that will be replicated (empty without port sync)
	 * @param draft where steps go
	 */
	NetworkPlanning(Scope scope, List<PortSnapshot> ports, Draft draft) {
		this.scope = scope;
		this.portsBySubnet = new HashMap<>();
		for (PortSnapshot port : ports) {
			port.fixedIps()
				.forEach((fixedIp) -> this.portsBySubnet.computeIfAbsent(fixedIp.subnetId(), (id) -> new ArrayList<>())
					.add(Keys.port(port.id())));
		}
		this.translation = scope.translation();
		this.draft = draft;
	}

	void plan() {
		for (NetworkSnapshot network : this.scope.networks()) {
			this.draft.add(new Step(Keys.network(network.id()), Kind.NETWORK, Action.CREATE, network.name(), null,
					network.id(),
					Attributes.of()
						.put("name", network.name())
						.put("description", network.description())
						.putIfPresent("mtu", network.mtu())
						.put("port_security_enabled", network.portSecurityEnabled())
						.build(),
					Keys.NEUTRON_READY));
			if (network.shared()) {
				this.draft.warn("NETWORK_SHARING_NOT_REPLICATED", Keys.network(network.id()), "Network "
						+ network.name() + " is shared with other projects in the source; the copy is not shared.");
			}
		}
		this.scope.subnets().forEach(this::subnet);
	}

	private void subnet(SubnetSnapshot subnet) {
		CidrMapping mapping = this.scope.mapping(subnet.id());
		String key = Keys.subnet(subnet.id());
		if (!mapping.source().equals(mapping.destination())) {
			this.draft.warn("CIDR_REMAPPED", key, "Subnet " + subnet.name() + " moves from " + mapping.source() + " to "
					+ mapping.destination() + "; its addresses keep their host part.");
		}
		// Neutron gives a DHCP port any free address of the pool, possibly one that a
		// replicated port needs; turning DHCP on after those ports keeps their addresses
		// free
		boolean deferDhcp = subnet.enableDhcp() && !subnet.automaticAddresses()
				&& this.portsBySubnet.containsKey(subnet.id());
		Attributes attributes = Attributes.of()
			.put("network_id", Ref.to(Keys.network(subnet.networkId())))
			.put("name", subnet.name())
			.put("description", subnet.description())
			.put("cidr", mapping.destination())
			.put("ip_version", subnet.ipVersion())
			.put("enable_dhcp", subnet.enableDhcp() && !deferDhcp)
			.put("gateway_ip", this.translation.translate(subnet.gatewayIp()))
			.put("allocation_pools", pools(subnet.allocationPools()))
			.put("dns_nameservers", subnet.dnsNameservers().stream().map(this.translation::translate).toList())
			.put("host_routes", routes(subnet.hostRoutes(), this.translation));
		if (subnet.ipVersion() == 6) {
			attributes.put("ipv6_ra_mode", subnet.ipv6RaMode()).put("ipv6_address_mode", subnet.ipv6AddressMode());
		}
		this.draft.add(new Step(key, Kind.SUBNET, Action.CREATE, subnet.name(), Keys.network(subnet.networkId()),
				subnet.id(), attributes.build(), List.of()));
		if (deferDhcp) {
			this.draft.add(new Step(Keys.subnetDhcp(subnet.id()), Kind.SUBNET_DHCP, Action.UPDATE, subnet.name(), key,
					subnet.id(), Attributes.of().put("subnet_id", Ref.to(key)).put("enable_dhcp", true).build(),
					this.portsBySubnet.get(subnet.id())));
		}
	}

	private List<Object> pools(List<AllocationPool> pools) {
		return pools.stream()
			.map((pool) -> (Object) Attributes.pair("start", this.translation.translate(pool.start()), "end",
					this.translation.translate(pool.end())))
			.toList();
	}

	static List<Object> routes(List<Route> routes, AddressTranslation translation) {
		return routes.stream()
			.map((route) -> (Object) Attributes.pair("destination", translation.translate(route.destination()),
					"nexthop", translation.translate(route.nexthop())))
			.toList();
	}

}
