package io.stackshift.replication.snapshot;

import java.util.List;

/**
 * A source subnet.
 *
 * @param id OpenStack id
 * @param networkId the network it belongs to
 * @param name name
 * @param description description
 * @param cidr the subnet's CIDR, e.g. {@code 10.0.1.0/24}
 * @param ipVersion 4 or 6
 * @param gatewayIp the gateway address, or {@code null} when the gateway is disabled
 * @param allocationPools the DHCP allocation pools
 * @param dnsNameservers DNS servers handed out by DHCP
 * @param hostRoutes routes handed out by DHCP
 * @param enableDhcp whether DHCP is on
 * @param ipv6RaMode IPv6 router advertisement mode or {@code null}
 * @param ipv6AddressMode IPv6 address mode or {@code null}
 */
public record SubnetSnapshot(String id, String networkId, String name, String description, String cidr, int ipVersion,
		String gatewayIp, List<AllocationPool> allocationPools, List<String> dnsNameservers, List<Route> hostRoutes,
		boolean enableDhcp, String ipv6RaMode, String ipv6AddressMode) {

	public SubnetSnapshot {
		name = (name != null) ? name : "";
		description = (description != null) ? description : "";
		allocationPools = Lists.of(allocationPools);
		dnsNameservers = Lists.of(dnsNameservers);
		hostRoutes = Lists.of(hostRoutes);
	}

	public boolean gatewayDisabled() {
		return this.gatewayIp == null;
	}

	/**
	 * Whether Neutron derives port addresses from the MAC (IPv6 SLAAC or
	 * DHCPv6-stateless), so that an address cannot be requested, only the subnet.
	 * @return whether addresses on this subnet are automatic
	 */
	public boolean automaticAddresses() {
		return this.ipVersion == 6
				&& ("slaac".equals(this.ipv6AddressMode) || "dhcpv6-stateless".equals(this.ipv6AddressMode));
	}

}
