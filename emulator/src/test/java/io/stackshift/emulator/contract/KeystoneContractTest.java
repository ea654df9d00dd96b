package io.stackshift.emulator.contract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keystone v3 as a client uses it: discovery, tokens, catalog, projects, users, grants.
 */
class KeystoneContractTest {

	private final ContractCloud cloud = ContractCloud.get();

	@Test
	void versionDocumentIsServedWithoutToken() {
		Response response = Session.send("GET", this.cloud.authUrl, null, null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.get("version").path("id").asString()).startsWith("v3.");
		assertThat(response.get("version").path("status").asString()).isEqualTo("stable");
	}

	@Test
	void passwordTokenCarriesRolesProjectAndCatalog() {
		Session admin = this.cloud.admin();
		JsonNode token = admin.tokenBody.path("token");
		assertThat(admin.token).isNotBlank();
		assertThat(token.path("project").path("name").asString()).isEqualTo(this.cloud.adminProject);
		assertThat(token.path("project").path("domain").path("id").asString()).isEqualTo("default");
		List<String> roles = new ArrayList<>();
		token.path("roles").forEach((role) -> roles.add(role.path("name").asString()));
		assertThat(roles).contains("admin", "member", "reader");
		List<String> types = new ArrayList<>();
		token.path("catalog").forEach((service) -> types.add(service.path("type").asString()));
		assertThat(types).contains("identity", "network", "volumev3", "block-storage", "compute");
		assertThat(admin.endpoint("volumev3")).endsWith("/v3/" + admin.projectId);
		assertThat(admin.endpoint("compute")).endsWith("/v2.1");
		assertThat(admin.endpoint("network")).endsWith("/v2.0");
	}

	@Test
	void scopeByProjectIdWorksLikeScopeByName() {
		Session admin = this.cloud.admin();
		var body = Session.passwordAuth(this.cloud.adminUser, this.cloud.adminPassword, "ignored");
		((tools.jackson.databind.node.ObjectNode) body.path("auth").path("scope")).set("project",
				Body.of("id", admin.projectId));
		Response response = Session.send("POST", this.cloud.authUrl + "/auth/tokens", body, null);
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.header("X-Subject-Token")).isNotBlank();
		assertThat(response.get("token").path("project").path("id").asString()).isEqualTo(admin.projectId);
	}

	@Test
	void wrongPasswordIs401WithKeystoneErrorBody() {
		Response response = Session.send("POST", this.cloud.authUrl + "/auth/tokens",
				Session.passwordAuth(this.cloud.adminUser, "wrong", this.cloud.adminProject), null);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.get("error").path("code").asInt()).isEqualTo(401);
		assertThat(response.get("error").path("title").asString()).isEqualTo("Unauthorized");
		assertThat(response.get("error").path("message").asString())
			.isEqualTo("The request you have made requires authentication.");
	}

	@Test
	void unknownProjectScopeIs401() {
		Response response = Session.send("POST", this.cloud.authUrl + "/auth/tokens",
				Session.passwordAuth(this.cloud.adminUser, this.cloud.adminPassword, Tenant.unique("nope")), null);
		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void everyServiceRefusesMissingAndInvalidTokens() {
		Session admin = this.cloud.admin();
		for (String url : List.of(admin.endpoint("identity") + "/projects", admin.endpoint("network") + "/networks",
				admin.endpoint("volumev3") + "/types", admin.endpoint("compute") + "/flavors")) {
			Response missing = Session.send("GET", url, null, null);
			Response invalid = Session.send("GET", url, null, "not-a-token");
			assertThat(missing.status()).as(url).isEqualTo(401);
			assertThat(invalid.status()).as(url).isEqualTo(401);
			assertThat(missing.get("error").path("title").asString()).as(url).isEqualTo("Unauthorized");
		}
	}

	@Test
	void tokensAreValidatedAndRevoked() {
		Session admin = this.cloud.admin();
		Session other = Session.login(this.cloud.authUrl, this.cloud.adminUser, this.cloud.adminPassword,
				this.cloud.adminProject);
		String url = this.cloud.authUrl + "/auth/tokens";
		assertThat(
				Session.send("GET", url, null, admin.token, java.util.Map.of("X-Subject-Token", other.token)).status())
			.isEqualTo(200);
		Response unknown = Session.send("GET", url, null, admin.token, java.util.Map.of("X-Subject-Token", "bogus"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(Session.send("DELETE", url, null, admin.token, java.util.Map.of("X-Subject-Token", other.token))
			.status()).isEqualTo(204);
		assertThat(
				Session.send("GET", url, null, admin.token, java.util.Map.of("X-Subject-Token", other.token)).status())
			.isEqualTo(404);
	}

	@Test
	void projectsAreCreatedFilteredTaggedAndDeleted() {
		Session admin = this.cloud.admin();
		String name = Tenant.unique("ct-proj");
		Response created = admin.post("identity", "/projects",
				Body.of("project", Body.of("name", name, "domain_id", "default", "tags", Body.list("blue"))));
		assertThat(created.status()).isEqualTo(201);
		String id = created.get("project").path("id").asString();
		try {
			assertThat(created.get("project").path("tags").path(0).asString()).isEqualTo("blue");
			Response duplicate = admin.post("identity", "/projects",
					Body.of("project", Body.of("name", name, "domain_id", "default")));
			assertThat(duplicate.status()).isEqualTo(409);
			assertThat(duplicate.get("error").path("title").asString()).isEqualTo("Conflict");
			Response byName = admin.get("identity", "/projects?name=" + name);
			assertThat(byName.get("projects")).hasSize(1);
			assertThat(byName.get("projects").path(0).path("id").asString()).isEqualTo(id);
			Response byTag = admin.get("identity", "/projects?tags=blue");
			assertThat(byTag.get("projects").findValuesAsString("id")).contains(id);
			Response patched = admin.patch("identity", "/projects/" + id,
					Body.of("project", Body.of("description", "changed")));
			assertThat(patched.get("project").path("description").asString()).isEqualTo("changed");
		}
		finally {
			assertThat(admin.delete("identity", "/projects/" + id).status()).isEqualTo(204);
		}
		Response gone = admin.get("identity", "/projects/" + id);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.get("error").path("message").asString()).isEqualTo("Could not find project: " + id + ".");
	}

	@Test
	void usersAndRoleGrants() {
		try (Tenant tenant = new Tenant()) {
			Session admin = tenant.admin;
			Response users = admin.get("identity", "/users?name=" + tenant.name + "-member");
			assertThat(users.get("users")).hasSize(1);
			String member = admin.get("identity", "/roles?name=member").get("roles").path(0).path("id").asString();
			String reader = admin.get("identity", "/roles?name=reader").get("roles").path(0).path("id").asString();
			String grant = "/projects/" + tenant.projectId + "/users/" + tenant.userId + "/roles/";
			assertThat(admin.get("identity", grant + member).status()).isEqualTo(204);
			assertThat(admin.get("identity", grant + reader).status()).isEqualTo(404);
			assertThat(admin.put("identity", grant + reader, null).status()).isEqualTo(204);
			Response assignments = admin.get("identity", "/role_assignments?scope.project.id=" + tenant.projectId);
			List<String> roles = new ArrayList<>();
			assignments.get("role_assignments").forEach((a) -> roles.add(a.path("role").path("id").asString()));
			assertThat(roles).containsExactlyInAnyOrder(member, reader);
			assertThat(admin.delete("identity", grant + reader).status()).isEqualTo(204);
			assertThat(admin.get("identity", "/projects/" + tenant.projectId + "/users/" + tenant.userId + "/roles")
				.get("roles")).hasSize(1);
			JsonNode memberToken = tenant.member().tokenBody.path("token");
			List<String> memberRoles = new ArrayList<>();
			memberToken.path("roles").forEach((role) -> memberRoles.add(role.path("name").asString()));
			assertThat(memberRoles).containsExactlyInAnyOrder("member", "reader");
		}
	}

	@Test
	void memberCannotListProjectsOrUsers() {
		try (Tenant tenant = new Tenant()) {
			Response projects = tenant.member().get("identity", "/projects");
			assertThat(projects.status()).isEqualTo(403);
			assertThat(projects.get("error").path("message").asString())
				.isEqualTo("You are not authorized to perform the requested action: identity:list_projects.");
			assertThat(tenant.member().get("identity", "/users").status()).isEqualTo(403);
			assertThat(tenant.member().get("identity", "/projects/" + tenant.projectId).status()).isEqualTo(200);
		}
	}

	@Test
	void unscopedTokenListsTheProjectsItMayScopeTo() {
		try (Tenant tenant = new Tenant()) {
			var body = Session.passwordAuth(tenant.name + "-member", tenant.password, "ignored");
			((tools.jackson.databind.node.ObjectNode) body.path("auth")).remove("scope");
			Response unscoped = Session.send("POST", this.cloud.authUrl + "/auth/tokens", body, null);
			assertThat(unscoped.status()).isEqualTo(201);
			assertThat(unscoped.get("token").has("catalog")).isFalse();
			String token = unscoped.header("X-Subject-Token");
			Response projects = Session.send("GET", this.cloud.authUrl + "/auth/projects", null, token);
			assertThat(projects.status()).isEqualTo(200);
			assertThat(projects.get("projects").findValuesAsString("id")).containsExactly(tenant.projectId);
		}
	}

	@Test
	void domainsAreCreatedAndDeletedOnlyWhenDisabled() {
		Session admin = this.cloud.admin();
		String name = Tenant.unique("ct-domain");
		Response created = admin.post("identity", "/domains", Body.of("domain", Body.of("name", name)));
		assertThat(created.status()).isEqualTo(201);
		String id = created.get("domain").path("id").asString();
		try {
			assertThat(created.get("domain").path("enabled").asBoolean()).isTrue();
			Response project = admin.post("identity", "/projects",
					Body.of("project", Body.of("name", "inside", "domain_id", id)));
			assertThat(project.status()).isEqualTo(201);
			Response enabled = admin.delete("identity", "/domains/" + id);
			assertThat(enabled.status()).isEqualTo(403);
			assertThat(enabled.get("error").path("message").asString())
				.isEqualTo("Cannot delete a domain that is enabled, please disable it first.");
			assertThat(admin.patch("identity", "/domains/" + id, Body.of("domain", Body.of("enabled", false))).status())
				.isEqualTo(200);
			assertThat(admin.delete("identity", "/domains/" + id).status()).isEqualTo(204);
			assertThat(admin.get("identity", "/domains/" + id).status()).isEqualTo(404);
			assertThat(admin.get("identity", "/projects/" + project.get("project").path("id").asString()).status())
				.as("a domain takes its projects with it")
				.isEqualTo(404);
		}
		finally {
			// Only left over when an assertion failed midway.
			admin.patch("identity", "/domains/" + id, Body.of("domain", Body.of("enabled", false)));
			admin.delete("identity", "/domains/" + id);
		}
	}

	@Test
	void defaultDomainAndRolesExist() {
		Session admin = this.cloud.admin();
		assertThat(admin.get("identity", "/domains/default").get("domain").path("name").asString())
			.isEqualTo("Default");
		assertThat(admin.get("identity", "/roles").get("roles").findValuesAsString("name")).contains("admin", "member",
				"reader", "service");
	}

}
