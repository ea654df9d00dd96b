package io.stackshift.replication.snapshot;

/**
 * An address of a port on a subnet.
 *
 * @param subnetId the subnet's OpenStack id
 * @param ipAddress the address
 */
public record FixedIp(String subnetId, String ipAddress) {
}
