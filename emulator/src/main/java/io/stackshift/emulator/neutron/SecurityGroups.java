package io.stackshift.emulator.neutron;

import io.stackshift.emulator.http.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * The security group facts shared by groups, rules and ports: a project's {@code default}
 * group, created on first use with Neutron's four default rules (egress IPv4 and IPv6,
 * ingress IPv4 and IPv6 from the group itself), and the two egress rules of every new
 * group.
 */
final class SecurityGroups {

	private final NeutronState state;

	SecurityGroups(NeutronState state) {
		this.state = state;
	}

	ObjectNode defaultOf(String project) {
		for (ObjectNode group : this.state.all(Kind.SECURITY_GROUP)) {
			if (project.equals(Json.text(group, "project_id")) && "default".equals(Json.text(group, "name"))) {
				return group;
			}
		}
		ObjectNode group = newGroup(project, "default", "Default security group", true);
		String id = group.path("id").asString();
		rule(project, id, "ingress", "IPv4", id, null);
		rule(project, id, "ingress", "IPv6", id, null);
		return group;
	}

	/** A new group with its two egress rules; the quota check is the caller's. */
	ObjectNode newGroup(String project, String name, String description, boolean stateful) {
		ObjectNode group = this.state.stamp(project);
		group.put("name", name);
		group.put("stateful", stateful);
		group.put("description", description);
		group.put("shared", false);
		group.put("revision_number", 1);
		this.state.put(Kind.SECURITY_GROUP, group);
		String id = group.path("id").asString();
		rule(project, id, "egress", "IPv4", null, null);
		rule(project, id, "egress", "IPv6", null, null);
		return group;
	}

	private void rule(String project, String groupId, String direction, String ethertype, String remoteGroup,
			String description) {
		ObjectNode rule = this.state.stamp(project);
		rule.put("security_group_id", groupId);
		rule.put("ethertype", ethertype);
		rule.put("direction", direction);
		rule.putNull("protocol");
		rule.putNull("port_range_min");
		rule.putNull("port_range_max");
		rule.putNull("remote_ip_prefix");
		rule.putNull("remote_address_group_id");
		rule.putNull("normalized_cidr");
		rule.put("remote_group_id", remoteGroup);
		rule.put("description", description);
		rule.remove("tags");
		this.state.put(Kind.SECURITY_GROUP_RULE, rule);
	}

}
