package io.stackshift.openstack.client;

/**
 * A Neutron floating IP: an address of an external network, optionally bound to a port.
 */
public record FloatingIp(String id, String projectId, String floatingNetworkId, String floatingIpAddress,
		String fixedIpAddress, String portId, String routerId, String description, String status) {

	public static FloatingIp from(String floatingNetworkId) {
		return new FloatingIp(null, null, floatingNetworkId, null, null, null, null, null, null);
	}

	public FloatingIp withAddress(String floatingIpAddress) {
		return new FloatingIp(this.id, this.projectId, this.floatingNetworkId, floatingIpAddress, this.fixedIpAddress,
				this.portId, this.routerId, this.description, this.status);
	}

	public FloatingIp withPort(String portId) {
		return new FloatingIp(this.id, this.projectId, this.floatingNetworkId, this.floatingIpAddress,
				this.fixedIpAddress, portId, this.routerId, this.description, this.status);
	}

}
