package io.stackshift.openstack.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Keystone v3: projects, users, roles and role assignments. */
public final class Identity {

	private final Service keystone;

	Identity(Service keystone) {
		this.keystone = keystone;
	}

	/** Creates a project; a taken name is a {@code CONFLICT}. */
	public Project createProject(Project spec) {
		return read(this.keystone.create(Path.of("/projects"), Map.of("project", spec)).path("project"), Project.class);
	}

	public Project getProject(String id) {
		return read(this.keystone.get(Path.of("/projects/{id}", id)).path("project"), Project.class);
	}

	/**
	 * Projects matching all given filters, e.g. {@code name}, {@code domain_id},
	 * {@code tags} (all of a list) or {@code tags-any}.
	 */
	public List<Project> listProjects(Map<String, ?> filters) {
		return this.keystone.list(filtered(Path.of("/projects"), filters), "projects", Project.class);
	}

	public Project updateProject(String id, Map<String, ?> changes) {
		return read(this.keystone.patch(Path.of("/projects/{id}", id), Map.of("project", changes)).path("project"),
				Project.class);
	}

	public void deleteProject(String id) {
		this.keystone.delete(Path.of("/projects/{id}", id));
	}

	/** Creates a user with a password; the password is sent once and kept nowhere. */
	public User createUser(User spec, String password) {
		ObjectNode body = Json.MAPPER.valueToTree(spec);
		body.put("password", password);
		return read(this.keystone.create(Path.of("/users"), Map.of("user", body)).path("user"), User.class);
	}

	/**
	 * The user of that name in the domain, or in any domain when {@code domainId} is
	 * null.
	 */
	public Optional<User> findUser(String name, String domainId) {
		Path path = Path.of("/users").query("name", name).query("domain_id", domainId);
		return this.keystone.list(path, "users", User.class).stream().findFirst();
	}

	public void deleteUser(String id) {
		this.keystone.delete(Path.of("/users/{id}", id));
	}

	public List<Role> listRoles() {
		return this.keystone.list(Path.of("/roles"), "roles", Role.class);
	}

	public Optional<Role> findRole(String name) {
		return this.keystone.list(Path.of("/roles").query("name", name), "roles", Role.class).stream().findFirst();
	}

	/** Grants a role to a user on a project; granting it again changes nothing. */
	public void grantRole(String projectId, String userId, String roleId) {
		this.keystone.put(Path.of("/projects/{project}/users/{user}/roles/{role}", projectId, userId, roleId), null,
				true);
	}

	/** The role assignments on a project, directly granted ones only. */
	public List<RoleAssignment> listRoleAssignments(String projectId) {
		JsonNode answer = this.keystone.get(Path.of("/role_assignments").query("scope.project.id", projectId));
		List<RoleAssignment> assignments = new ArrayList<>();
		for (JsonNode node : answer.path("role_assignments")) {
			assignments.add(RoleAssignment.from(node));
		}
		return assignments;
	}

	private static Path filtered(Path path, Map<String, ?> filters) {
		Path result = path;
		for (Map.Entry<String, ?> filter : new TreeMap<>(filters).entrySet()) {
			result = result.query(filter.getKey(), filter.getValue());
		}
		return result;
	}

	private static <T> T read(JsonNode node, Class<T> type) {
		return Json.MAPPER.treeToValue(node, type);
	}

}
