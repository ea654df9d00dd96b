package io.stackshift.openstack.client;

import java.util.List;

/** A Neutron port, the attachment that holds MAC and fixed IPs. */
public record Port(String id, String name, String description, String projectId, String networkId, String macAddress,
		List<FixedIp> fixedIps, List<String> securityGroups, Boolean portSecurityEnabled,
		List<AllowedAddressPair> allowedAddressPairs, Boolean adminStateUp, String deviceId, String deviceOwner,
		String status, List<String> tags) {

	/** An address on a subnet; either part may be left for Neutron to choose. */
	public record FixedIp(String subnetId, String ipAddress) {
	}

	/** Extra addresses the port may send from, e.g. a VIP. */
	public record AllowedAddressPair(String ipAddress, String macAddress) {
	}

	public static Port on(String networkId, String name) {
		return new Port(null, name, null, null, networkId, null, null, null, null, null, null, null, null, null, null);
	}

	public Port withFixedIps(List<FixedIp> fixedIps) {
		return new Port(this.id, this.name, this.description, this.projectId, this.networkId, this.macAddress, fixedIps,
				this.securityGroups, this.portSecurityEnabled, this.allowedAddressPairs, this.adminStateUp,
				this.deviceId, this.deviceOwner, this.status, this.tags);
	}

	public Port withMacAddress(String macAddress) {
		return new Port(this.id, this.name, this.description, this.projectId, this.networkId, macAddress, this.fixedIps,
				this.securityGroups, this.portSecurityEnabled, this.allowedAddressPairs, this.adminStateUp,
				this.deviceId, this.deviceOwner, this.status, this.tags);
	}

	public Port withSecurityGroups(List<String> securityGroups) {
		return new Port(this.id, this.name, this.description, this.projectId, this.networkId, this.macAddress,
				this.fixedIps, securityGroups, this.portSecurityEnabled, this.allowedAddressPairs, this.adminStateUp,
				this.deviceId, this.deviceOwner, this.status, this.tags);
	}

	public Port withAllowedAddressPairs(List<AllowedAddressPair> allowedAddressPairs) {
		return new Port(this.id, this.name, this.description, this.projectId, this.networkId, this.macAddress,
				this.fixedIps, this.securityGroups, this.portSecurityEnabled, allowedAddressPairs, this.adminStateUp,
				this.deviceId, this.deviceOwner, this.status, this.tags);
	}

	/** The port as attached to a device, e.g. {@code compute:nova} and a server's id. */
	public Port withDevice(String deviceOwner, String deviceId) {
		return new Port(this.id, this.name, this.description, this.projectId, this.networkId, this.macAddress,
				this.fixedIps, this.securityGroups, this.portSecurityEnabled, this.allowedAddressPairs,
				this.adminStateUp, deviceId, deviceOwner, this.status, this.tags);
	}

}
