package io.stackshift.emulator.keystone;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v3/users} (CRUD, name filter, a user's projects) and the read side of
 * {@code /v3/domains}.
 */
public final class UsersApi {

	private final Identity identity;

	private final Tokens tokens;

	public UsersApi(Identity identity, Tokens tokens) {
		this.identity = identity;
		this.tokens = tokens;
	}

	public void register(Routes routes) {
		routes.add("GET", "/v3/users", this::list)
			.add("POST", "/v3/users", this::create)
			.add("GET", "/v3/users/{id}", this::show)
			.add("PATCH", "/v3/users/{id}", this::update)
			.add("DELETE", "/v3/users/{id}", this::delete)
			.add("GET", "/v3/users/{id}/projects", this::projects)
			.add("GET", "/v3/domains", this::domains)
			.add("GET", "/v3/domains/{id}", this::domain)
			.add("POST", "/v3/domains", this::createDomain)
			.add("PATCH", "/v3/domains/{id}", this::updateDomain)
			.add("DELETE", "/v3/domains/{id}", this::deleteDomain);
	}

	private Reply list(Call call) {
		Listing.requireAdmin(call, "identity:list_users");
		String name = call.queryFirst("name");
		String domainId = call.queryFirst("domain_id");
		ArrayNode items = Json.array();
		for (Identity.User user : this.identity.users()) {
			if ((name == null || name.equals(user.name())) && (domainId == null || domainId.equals(user.domainId()))) {
				items.add(render(user, call));
			}
		}
		return Reply.ok(Listing.of("users", items, call));
	}

	private Reply create(Call call) {
		Listing.requireAdmin(call, "identity:create_user");
		JsonNode body = (call.json() != null) ? call.json().path("user") : null;
		if (body == null || !body.isObject() || !body.hasNonNull("name")) {
			throw KeystoneError.badRequest("Invalid input for field 'name': 'name' is a required property");
		}
		String name = body.get("name").asString();
		String domainId = body.path("domain_id").asString(Identity.DEFAULT_DOMAIN);
		if (this.identity.domain(domainId) == null) {
			throw KeystoneError.notFound("domain", domainId);
		}
		if (this.identity.userByName(name, domainId) != null) {
			throw KeystoneError
				.conflict("user - Duplicate entry found with name " + name + " at domain ID " + domainId + ".");
		}
		Identity.User user = new Identity.User(Identity.newId(), name, domainId, body.path("password").asString(""),
				body.path("enabled").asBoolean(true), body.path("email").asString(null),
				body.path("default_project_id").asString(null));
		this.identity.put(user);
		return Reply.created(Json.object("user", render(user, call)));
	}

	private Reply show(Call call) {
		Identity.User user = found(call.param("id"));
		if (!call.caller().isAdmin() && !call.caller().userId().equals(user.id())) {
			throw KeystoneError.forbidden("identity:get_user");
		}
		return Reply.ok(Json.object("user", render(user, call)));
	}

	private Reply update(Call call) {
		Listing.requireAdmin(call, "identity:update_user");
		Identity.User user = found(call.param("id"));
		JsonNode body = (call.json() != null) ? call.json().path("user") : Json.object();
		Identity.User updated = new Identity.User(user.id(), body.path("name").asString(user.name()), user.domainId(),
				body.path("password").asString(user.password()), body.path("enabled").asBoolean(user.enabled()),
				body.path("email").asString(user.email()),
				body.path("default_project_id").asString(user.defaultProjectId()));
		this.identity.put(updated);
		if (!updated.enabled() || !updated.password().equals(user.password())) {
			this.tokens.revokeUser(user.id());
		}
		return Reply.ok(Json.object("user", render(updated, call)));
	}

	private Reply delete(Call call) {
		Listing.requireAdmin(call, "identity:delete_user");
		found(call.param("id"));
		this.identity.removeUser(call.param("id"));
		this.tokens.revokeUser(call.param("id"));
		return Reply.empty(204);
	}

	private Reply projects(Call call) {
		Identity.User user = found(call.param("id"));
		if (!call.caller().isAdmin() && !call.caller().userId().equals(user.id())) {
			throw KeystoneError.forbidden("identity:list_user_projects");
		}
		ArrayNode items = Json.array();
		for (Identity.Project project : this.identity.projects()) {
			if (!this.identity.rolesOf(user.id(), project.id()).isEmpty()) {
				items.add(ProjectsApi.render(project, call));
			}
		}
		return Reply.ok(Listing.of("projects", items, call));
	}

	private Reply domains(Call call) {
		ArrayNode items = Json.array();
		String name = call.queryFirst("name");
		for (Identity.Domain domain : this.identity.domains()) {
			if (name == null || name.equals(domain.name())) {
				items.add(render(domain, call));
			}
		}
		return Reply.ok(Listing.of("domains", items, call));
	}

	private Reply domain(Call call) {
		Identity.Domain domain = this.identity.domain(call.param("id"));
		if (domain == null) {
			throw KeystoneError.notFound("domain", call.param("id"));
		}
		return Reply.ok(Json.object("domain", render(domain, call)));
	}

	private Reply createDomain(Call call) {
		Listing.requireAdmin(call, "identity:create_domain");
		JsonNode body = (call.json() != null) ? call.json().path("domain") : null;
		if (body == null || !body.hasNonNull("name")) {
			throw KeystoneError.badRequest("Invalid input for field 'name': 'name' is a required property");
		}
		String name = body.get("name").asString();
		if (this.identity.domainByName(name) != null) {
			throw KeystoneError.conflict("domain - Duplicate entry found with name " + name + ".");
		}
		Identity.Domain domain = new Identity.Domain(Identity.newId(), name, body.path("description").asString(""),
				body.path("enabled").asBoolean(true));
		this.identity.put(domain);
		return Reply.created(Json.object("domain", render(domain, call)));
	}

	private Reply updateDomain(Call call) {
		Listing.requireAdmin(call, "identity:update_domain");
		Identity.Domain domain = domainFound(call.param("id"));
		JsonNode body = (call.json() != null) ? call.json().path("domain") : Json.object();
		Identity.Domain updated = new Identity.Domain(domain.id(), body.path("name").asString(domain.name()),
				body.path("description").asString(domain.description()),
				body.path("enabled").asBoolean(domain.enabled()));
		this.identity.put(updated);
		return Reply.ok(Json.object("domain", render(updated, call)));
	}

	private Reply deleteDomain(Call call) {
		Listing.requireAdmin(call, "identity:delete_domain");
		Identity.Domain domain = domainFound(call.param("id"));
		if (domain.enabled()) {
			throw KeystoneError.of(403, "Forbidden",
					"Cannot delete a domain that is enabled, please disable it first.");
		}
		this.identity.removeDomain(domain.id());
		return Reply.empty(204);
	}

	private Identity.Domain domainFound(String id) {
		Identity.Domain domain = this.identity.domain(id);
		if (domain == null) {
			throw KeystoneError.notFound("domain", id);
		}
		return domain;
	}

	private Identity.User found(String id) {
		Identity.User user = this.identity.user(id);
		if (user == null) {
			throw KeystoneError.notFound("user", id);
		}
		return user;
	}

	private static ObjectNode render(Identity.User user, Call call) {
		ObjectNode node = Json.object();
		node.put("id", user.id());
		node.put("name", user.name());
		node.put("domain_id", user.domainId());
		node.put("enabled", user.enabled());
		if (user.email() != null) {
			node.put("email", user.email());
		}
		if (user.defaultProjectId() != null) {
			node.put("default_project_id", user.defaultProjectId());
		}
		node.putNull("password_expires_at");
		node.putObject("options");
		Listing.selfLink(node, call, "users", user.id());
		return node;
	}

	private static ObjectNode render(Identity.Domain domain, Call call) {
		ObjectNode node = Json.object();
		node.put("id", domain.id());
		node.put("name", domain.name());
		node.put("description", domain.description());
		node.put("enabled", domain.enabled());
		node.putArray("tags");
		node.putObject("options");
		Listing.selfLink(node, call, "domains", domain.id());
		return node;
	}

}
