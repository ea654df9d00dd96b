package io.stackshift.openstack.client;

import java.util.List;

/**
 * A Neutron subnet. Leaving {@code gatewayIp} null lets Neutron pick the first address;
 * to have no gateway, update it to null afterwards.
 */
public record Subnet(String id, String name, String description, String projectId, String networkId, Integer ipVersion,
		String cidr, String gatewayIp, Boolean enableDhcp, List<AllocationPool> allocationPools,
		List<String> dnsNameservers, List<HostRoute> hostRoutes, String ipv6RaMode, String ipv6AddressMode,
		List<String> tags) {

	/** An address range Neutron may hand out. */
	public record AllocationPool(String start, String end) {
	}

	/** A static route pushed to instances by DHCP. */
	public record HostRoute(String destination, String nexthop) {
	}

	public static Subnet of(String networkId, String name, String cidr) {
		return new Subnet(null, name, null, null, networkId, cidr.contains(":") ? 6 : 4, cidr, null, null, null, null,
				null, null, null, null);
	}

	public Subnet withGateway(String gatewayIp) {
		return new Subnet(this.id, this.name, this.description, this.projectId, this.networkId, this.ipVersion,
				this.cidr, gatewayIp, this.enableDhcp, this.allocationPools, this.dnsNameservers, this.hostRoutes,
				this.ipv6RaMode, this.ipv6AddressMode, this.tags);
	}

	public Subnet withPools(List<AllocationPool> pools) {
		return new Subnet(this.id, this.name, this.description, this.projectId, this.networkId, this.ipVersion,
				this.cidr, this.gatewayIp, this.enableDhcp, pools, this.dnsNameservers, this.hostRoutes,
				this.ipv6RaMode, this.ipv6AddressMode, this.tags);
	}

	public Subnet withDhcp(boolean enabled) {
		return new Subnet(this.id, this.name, this.description, this.projectId, this.networkId, this.ipVersion,
				this.cidr, this.gatewayIp, enabled, this.allocationPools, this.dnsNameservers, this.hostRoutes,
				this.ipv6RaMode, this.ipv6AddressMode, this.tags);
	}

}
