package io.stackshift.replication.snapshot;

import java.util.List;

/**
 * A source port.
 *
 * @param id OpenStack id
 * @param networkId its network
 * @param name name
 * @param description description
 * @param macAddress MAC address
 * @param fixedIps its addresses, possibly on several subnets, possibly none
 * @param securityGroupIds the OpenStack ids of its security groups
 * @param portSecurityEnabled whether port security is on
 * @param allowedAddressPairs extra addresses (often VIPs) the port may use
 * @param deviceOwner e.g. {@code compute:nova}, {@code network:router_interface}
 * @param deviceId the owning device (instance or router id), may be empty
 * @param status e.g. {@code ACTIVE}, {@code DOWN}
 * @param bindingHost the host the port is bound to ({@code binding:host_id}), may be
 * empty
 */
public record PortSnapshot(String id, String networkId, String name, String description, String macAddress,
		List<FixedIp> fixedIps, List<String> securityGroupIds, boolean portSecurityEnabled,
		List<AddressPair> allowedAddressPairs, String deviceOwner, String deviceId, String status, String bindingHost) {

	public PortSnapshot {
		name = (name != null) ? name : "";
		description = (description != null) ? description : "";
		fixedIps = Lists.of(fixedIps);
		securityGroupIds = Lists.of(securityGroupIds);
		allowedAddressPairs = Lists.of(allowedAddressPairs);
		deviceOwner = (deviceOwner != null) ? deviceOwner : "";
		deviceId = (deviceId != null) ? deviceId : "";
		status = (status != null) ? status : "";
		bindingHost = (bindingHost != null) ? bindingHost : "";
	}

	/**
	 * An extra address a port may send from.
	 *
	 * @param ipAddress an address or prefix
	 * @param macAddress the MAC, or {@code null} for the port's own
	 */
	public record AddressPair(String ipAddress, String macAddress) {
	}

}
