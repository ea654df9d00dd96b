package io.stackshift.openstack.client;

import tools.jackson.databind.JsonNode;

/** That a user (or group) holds a role on a project; null parts do not apply. */
public record RoleAssignment(String roleId, String userId, String groupId, String projectId) {

	static RoleAssignment from(JsonNode node) {
		return new RoleAssignment(node.path("role").path("id").asString(null),
				node.path("user").path("id").asString(null), node.path("group").path("id").asString(null),
				node.path("scope").path("project").path("id").asString(null));
	}

}
