package io.stackshift.replication.snapshot;

/**
 * A security group rule.
 *
 * @param id OpenStack id
 * @param direction {@code ingress} or {@code egress}
 * @param ethertype {@code IPv4} or {@code IPv6}
 * @param protocol protocol name or number, {@code null} for any
 * @param portRangeMin lowest port, or {@code null}
 * @param portRangeMax highest port, or {@code null}
 * @param remoteIpPrefix remote prefix, or {@code null}
 * @param remoteGroupId remote group's OpenStack id, or {@code null}
 * @param description description
 */
public record SecurityGroupRuleSnapshot(String id, String direction, String ethertype, String protocol,
		Integer portRangeMin, Integer portRangeMax, String remoteIpPrefix, String remoteGroupId, String description) {

	public SecurityGroupRuleSnapshot {
		description = (description != null) ? description : "";
	}

}
