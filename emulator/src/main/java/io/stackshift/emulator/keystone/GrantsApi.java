package io.stackshift.emulator.keystone;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Roles ({@code /v3/roles}), role grants on projects
 * ({@code /v3/projects/{p}/users/{u}/roles/{r}}) and {@code /v3/role_assignments}.
 */
public final class GrantsApi {

	private final Identity identity;

	public GrantsApi(Identity identity) {
		this.identity = identity;
	}

	public void register(Routes routes) {
		routes.add("GET", "/v3/roles", this::roles)
			.add("POST", "/v3/roles", this::createRole)
			.add("GET", "/v3/roles/{id}", this::role)
			.add("GET", "/v3/projects/{project}/users/{user}/roles", this::granted)
			.add("PUT", "/v3/projects/{project}/users/{user}/roles/{role}", this::grant)
			.add("GET", "/v3/projects/{project}/users/{user}/roles/{role}", this::check)
			.add("DELETE", "/v3/projects/{project}/users/{user}/roles/{role}", this::revoke)
			.add("GET", "/v3/role_assignments", this::assignments);
	}

	private Reply roles(Call call) {
		Listing.requireAdmin(call, "identity:list_roles");
		String name = call.queryFirst("name");
		ArrayNode items = Json.array();
		for (Identity.Role role : this.identity.roles()) {
			if (name == null || name.equals(role.name())) {
				items.add(render(role, call));
			}
		}
		return Reply.ok(Listing.of("roles", items, call));
	}

	private Reply createRole(Call call) {
		Listing.requireAdmin(call, "identity:create_role");
		JsonNode body = (call.json() != null) ? call.json().path("role") : null;
		if (body == null || !body.hasNonNull("name")) {
			throw KeystoneError.badRequest("Invalid input for field 'name': 'name' is a required property");
		}
		String name = body.get("name").asString();
		if (this.identity.roleByName(name) != null) {
			throw KeystoneError.conflict("role - Duplicate entry found with name " + name + ".");
		}
		Identity.Role role = new Identity.Role(Identity.newId(), name);
		this.identity.put(role);
		return Reply.created(Json.object("role", render(role, call)));
	}

	private Reply role(Call call) {
		return Reply.ok(Json.object("role", render(role(call.param("id")), call)));
	}

	private Reply granted(Call call) {
		Listing.requireAdmin(call, "identity:list_grants");
		Identity.Project project = project(call.param("project"));
		Identity.User user = user(call.param("user"));
		ArrayNode items = Json.array();
		for (Identity.Assignment assignment : this.identity.assignments()) {
			if (assignment.userId().equals(user.id()) && assignment.projectId().equals(project.id())) {
				items.add(render(this.identity.role(assignment.roleId()), call));
			}
		}
		return Reply.ok(Listing.of("roles", items, call));
	}

	private Reply grant(Call call) {
		Listing.requireAdmin(call, "identity:create_grant");
		Identity.Role role = role(call.param("role"));
		Identity.Project project = project(call.param("project"));
		Identity.User user = user(call.param("user"));
		this.identity.grant(user.id(), project.id(), role.id());
		return Reply.empty(204);
	}

	private Reply check(Call call) {
		Listing.requireAdmin(call, "identity:check_grant");
		Identity.Role role = role(call.param("role"));
		Identity.Project project = project(call.param("project"));
		Identity.User user = user(call.param("user"));
		if (!this.identity.holds(user.id(), project.id(), role.id())) {
			throw KeystoneError.of(404, "Not Found", "Could not find role assignment with role: " + role.id()
					+ ", user or group: " + user.id() + ", project, domain, or system: " + project.id() + ".");
		}
		return Reply.empty(204);
	}

	private Reply revoke(Call call) {
		Listing.requireAdmin(call, "identity:revoke_grant");
		Identity.Role role = role(call.param("role"));
		Identity.Project project = project(call.param("project"));
		Identity.User user = user(call.param("user"));
		if (!this.identity.revoke(user.id(), project.id(), role.id())) {
			throw KeystoneError.of(404, "Not Found", "Could not find role assignment with role: " + role.id()
					+ ", user or group: " + user.id() + ", project, domain, or system: " + project.id() + ".");
		}
		return Reply.empty(204);
	}

	private Reply assignments(Call call) {
		String userId = call.queryFirst("user.id");
		String projectId = call.queryFirst("scope.project.id");
		String roleId = call.queryFirst("role.id");
		boolean names = call.query().containsKey("include_names");
		boolean ownOnly = !call.caller().isAdmin();
		if (ownOnly && (userId == null || !userId.equals(call.caller().userId()))) {
			throw KeystoneError.forbidden("identity:list_role_assignments");
		}
		ArrayNode items = Json.array();
		for (Identity.Assignment assignment : this.identity.assignments()) {
			if ((userId == null || userId.equals(assignment.userId()))
					&& (projectId == null || projectId.equals(assignment.projectId()))
					&& (roleId == null || roleId.equals(assignment.roleId()))) {
				items.add(render(assignment, names, call));
			}
		}
		return Reply.ok(Listing.of("role_assignments", items, call));
	}

	private ObjectNode render(Identity.Assignment assignment, boolean names, Call call) {
		ObjectNode node = Json.object();
		node.putObject("links")
			.put("assignment", call.baseUrl() + "/v3/projects/" + assignment.projectId() + "/users/"
					+ assignment.userId() + "/roles/" + assignment.roleId());
		ObjectNode project = node.putObject("scope").putObject("project");
		project.put("id", assignment.projectId());
		ObjectNode user = node.putObject("user");
		user.put("id", assignment.userId());
		ObjectNode role = node.putObject("role");
		role.put("id", assignment.roleId());
		if (names) {
			Identity.Project p = this.identity.project(assignment.projectId());
			Identity.User u = this.identity.user(assignment.userId());
			project.put("name", (p != null) ? p.name() : null);
			user.put("name", (u != null) ? u.name() : null);
			role.put("name", this.identity.role(assignment.roleId()).name());
		}
		return node;
	}

	private static ObjectNode render(Identity.Role role, Call call) {
		ObjectNode node = Json.object();
		node.put("id", role.id());
		node.put("name", role.name());
		node.putNull("domain_id");
		node.putNull("description");
		node.putObject("options");
		Listing.selfLink(node, call, "roles", role.id());
		return node;
	}

	private Identity.Role role(String id) {
		Identity.Role role = this.identity.role(id);
		if (role == null) {
			throw KeystoneError.notFound("role", id);
		}
		return role;
	}

	private Identity.Project project(String id) {
		Identity.Project project = this.identity.project(id);
		if (project == null) {
			throw KeystoneError.notFound("project", id);
		}
		return project;
	}

	private Identity.User user(String id) {
		Identity.User user = this.identity.user(id);
		if (user == null) {
			throw KeystoneError.notFound("user", id);
		}
		return user;
	}

}
