package io.stackshift.openstack.client;

/**
 * A rule of one security group. {@code protocol} null means any; port bounds null mean
 * all ports; a rule has a remote prefix or a remote group, not both.
 */
public record SecurityGroupRule(String id, String securityGroupId, String projectId, String direction, String ethertype,
		String protocol, Integer portRangeMin, Integer portRangeMax, String remoteIpPrefix, String remoteGroupId,
		String description) {

	/** Inbound IPv4 traffic on one port from a prefix. */
	public static SecurityGroupRule ingress(String securityGroupId, String protocol, int port, String fromPrefix) {
		return new SecurityGroupRule(null, securityGroupId, null, "ingress", "IPv4", protocol, port, port, fromPrefix,
				null, null);
	}

	/** Inbound IPv4 traffic of any kind from members of another group. */
	public static SecurityGroupRule ingressFromGroup(String securityGroupId, String remoteGroupId) {
		return new SecurityGroupRule(null, securityGroupId, null, "ingress", "IPv4", null, null, null, null,
				remoteGroupId, null);
	}

}
