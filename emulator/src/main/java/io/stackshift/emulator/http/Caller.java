package io.stackshift.emulator.http;

import java.util.Set;

/**
 * Who makes a call, as read from a valid token: the user, the project the token is scoped
 * to and the names of the roles held there.
 */
public record Caller(String userId, String userName, String projectId, Set<String> roles) {

	/**
	 * The admin role on any project makes a cloud admin, as in OpenStack's default
	 * policies.
	 */
	public boolean isAdmin() {
		return this.roles.contains("admin");
	}

	public boolean owns(String projectId) {
		return isAdmin() || this.projectId.equals(projectId);
	}

}
