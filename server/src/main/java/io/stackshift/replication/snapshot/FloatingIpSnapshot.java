package io.stackshift.replication.snapshot;

/**
 * A floating IP of the source project.
 *
 * @param id OpenStack id
 * @param floatingIpAddress the public address
 * @param floatingNetworkId the external network it comes from
 * @param portId the port it is associated with, or {@code null}
 * @param fixedIpAddress the associated private address, or {@code null}
 */
public record FloatingIpSnapshot(String id, String floatingIpAddress, String floatingNetworkId, String portId,
		String fixedIpAddress) {
}
