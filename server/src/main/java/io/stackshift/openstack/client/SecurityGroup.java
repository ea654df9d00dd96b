package io.stackshift.openstack.client;

import java.util.List;

/** A Neutron security group, with its rules when read. */
public record SecurityGroup(String id, String name, String description, String projectId, Boolean stateful,
		List<SecurityGroupRule> securityGroupRules, List<String> tags) {

	public static SecurityGroup named(String name, String description) {
		return new SecurityGroup(null, name, description, null, null, null, null);
	}

}
