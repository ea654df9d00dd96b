package io.stackshift.emulator.keystone;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Version discovery and {@code /v3/auth/tokens}: issue (password or token method, project
 * scope by id or by name and domain), validate, check and revoke.
 */
public final class AuthApi {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(java.time.ZoneOffset.UTC);

	private final Identity identity;

	private final Tokens tokens;

	private final Catalog catalog;

	public AuthApi(Identity identity, Tokens tokens, Catalog catalog) {
		this.identity = identity;
		this.tokens = tokens;
		this.catalog = catalog;
	}

	public void register(Routes routes) {
		routes.open("GET", "/v3", this::version)
			.open("GET", "/v3/", this::version)
			.open("POST", "/v3/auth/tokens", this::issue)
			.add("GET", "/v3/auth/tokens", this::validate)
			.add("DELETE", "/v3/auth/tokens", this::revoke)
			.open("GET", "/v3/auth/projects", this::projects);
	}

	/**
	 * The projects the token's user may scope to. Open at the edge because an unscoped
	 * token, which the other services refuse, is valid here.
	 */
	private Reply projects(Call call) {
		String id = call.header("x-auth-token");
		Tokens.IssuedToken token = (id != null) ? this.tokens.find(id) : null;
		if (token == null) {
			throw KeystoneError.unauthorized();
		}
		ArrayNode items = Json.array();
		for (Identity.Project project : this.identity.projects()) {
			if (project.enabled() && !this.identity.rolesOf(token.userId(), project.id()).isEmpty()) {
				items.add(ProjectsApi.render(project, call));
			}
		}
		return Reply.ok(Listing.of("projects", items, call));
	}

	private Reply version(Call call) {
		ObjectNode version = Json.object();
		version.put("id", "v3.14");
		version.put("status", "stable");
		version.put("updated", "2020-04-07T00:00:00Z");
		ObjectNode self = version.putArray("links").addObject();
		self.put("rel", "self");
		self.put("href", call.baseUrl() + "/v3/");
		ObjectNode media = version.putArray("media-types").addObject();
		media.put("base", "application/json");
		media.put("type", "application/vnd.openstack.identity-v3+json");
		return Reply.ok(Json.object("version", version));
	}

	private Reply issue(Call call) {
		JsonNode auth = (call.json() != null) ? call.json().path("auth") : null;
		if (auth == null || auth.isMissingNode()) {
			throw KeystoneError.badRequest("The request you have made requires authentication.");
		}
		JsonNode identityPart = auth.path("identity");
		Identity.User user;
		List<String> methods;
		JsonNode scope = auth.path("scope");
		if (identityPart.has("token")) {
			Tokens.IssuedToken previous = this.tokens.find(identityPart.path("token").path("id").asString(""));
			if (previous == null) {
				throw KeystoneError.unauthorized();
			}
			user = this.identity.user(previous.userId());
			methods = List.of("token");
		}
		else {
			user = passwordUser(identityPart.path("password").path("user"));
			methods = List.of("password");
		}
		if (user == null || !user.enabled()) {
			throw KeystoneError.unauthorized();
		}
		String projectId = null;
		List<Identity.Role> roles = List.of();
		if (scope.has("project")) {
			Identity.Project project = scopedProject(scope.path("project"));
			if (project == null || !project.enabled()) {
				throw KeystoneError.unauthorized();
			}
			roles = this.identity.rolesOf(user.id(), project.id());
			if (roles.isEmpty()) {
				throw KeystoneError.unauthorized();
			}
			projectId = project.id();
		}
		Tokens.IssuedToken token = this.tokens.issue(user, projectId, roles, methods);
		return Reply.created(render(token, call.baseUrl())).withHeader("X-Subject-Token", token.id());
	}

	private Identity.User passwordUser(JsonNode userPart) {
		Identity.User user;
		if (userPart.has("id")) {
			user = this.identity.user(userPart.path("id").asString(""));
		}
		else {
			Identity.Domain domain = domainOf(userPart.path("domain"));
			user = (domain != null) ? this.identity.userByName(userPart.path("name").asString(""), domain.id()) : null;
		}
		if (user == null || !user.password().equals(userPart.path("password").asString(null))) {
			return null;
		}
		return user;
	}

	private Identity.Project scopedProject(JsonNode projectPart) {
		if (projectPart.has("id")) {
			return this.identity.project(projectPart.path("id").asString(""));
		}
		Identity.Domain domain = domainOf(projectPart.path("domain"));
		return (domain != null) ? this.identity.projectByName(projectPart.path("name").asString(""), domain.id())
				: null;
	}

	private Identity.Domain domainOf(JsonNode domainPart) {
		if (domainPart.has("id")) {
			return this.identity.domain(domainPart.path("id").asString(""));
		}
		return this.identity.domainByName(domainPart.path("name").asString(""));
	}

	private Reply validate(Call call) {
		Tokens.IssuedToken token = subject(call);
		return Reply.ok(render(token, call.baseUrl()));
	}

	private Reply revoke(Call call) {
		this.tokens.revoke(subject(call).id());
		return Reply.empty(204);
	}

	private Tokens.IssuedToken subject(Call call) {
		String id = call.header("x-subject-token");
		Tokens.IssuedToken token = (id != null) ? this.tokens.find(id) : null;
		if (token == null) {
			throw KeystoneError.of(404, "Not Found", "Could not recognize Fernet token");
		}
		return token;
	}

	private JsonNode render(Tokens.IssuedToken token, String baseUrl) {
		ObjectNode body = Json.object();
		ArrayNode methods = body.putArray("methods");
		token.methods().forEach(methods::add);
		ObjectNode user = body.putObject("user");
		Identity.Domain userDomain = this.identity.domain(token.domainId());
		user.set("domain", domainRef(userDomain));
		user.put("id", token.userId());
		user.put("name", token.userName());
		user.putNull("password_expires_at");
		body.putArray("audit_ids").add(token.auditId());
		body.put("expires_at", TIME.format(token.expiresAt().truncatedTo(ChronoUnit.SECONDS)));
		body.put("issued_at", TIME.format(token.issuedAt().truncatedTo(ChronoUnit.SECONDS)));
		if (token.projectId() != null) {
			Identity.Project project = this.identity.project(token.projectId());
			ObjectNode projectNode = body.putObject("project");
			projectNode.set("domain", domainRef(this.identity.domain(project.domainId())));
			projectNode.put("id", project.id());
			projectNode.put("name", project.name());
			body.put("is_domain", false);
			ArrayNode roles = body.putArray("roles");
			for (Identity.Role role : token.roles()) {
				ObjectNode roleNode = roles.addObject();
				roleNode.put("id", role.id());
				roleNode.put("name", role.name());
			}
			body.set("catalog", this.catalog.render(baseUrl, project.id()));
		}
		return Json.object("token", body);
	}

	private static ObjectNode domainRef(Identity.Domain domain) {
		ObjectNode node = Json.object();
		node.put("id", domain.id());
		node.put("name", domain.name());
		return node;
	}

}
