package io.stackshift.identity;

import java.util.List;
import java.util.Map;

import io.stackshift.ApiClient;
import io.stackshift.ApiClient.Response;
import io.stackshift.ApiTest;
import io.stackshift.Scene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** Users, their own account actions, and the role model an operator configures. */
class PeopleTests extends ApiTest {

	private static Scene scene;

	@BeforeEach
	void setScene() {
		if (scene == null) {
			scene = scene();
		}
	}

	@Test
	void onlyStaffCreatesUsers() {
		assertMatrix(scene,
				(client) -> client.post("/api/users/",
						Map.of("username", unique("new"), "password", "a-long-password")),
				Map.ofEntries(entry("staff", 201), entry("support", 403), entry("owner", 403), entry("admin", 403),
						entry("manager", 403), entry("member", 403), entry("unrelated", 403), entry("anonymous", 401)));
	}

	@Test
	void usersSeeThemselvesAndTheirColleaguesNotStrangers() {
		String member = uuidOf(scene.as("member"));
		assertMatrix(scene, (client) -> client.get("/api/users/" + member + "/"),
				Map.ofEntries(entry("staff", 200), entry("support", 200), entry("owner", 200), entry("admin", 200),
						entry("manager", 200), entry("member", 200), entry("unrelated", 404), entry("anonymous", 401)));
		Response listed = scene.as("unrelated").get("/api/users/");
		assertThat(listed.json().findValuesAsString("uuid")).doesNotContain(member);
	}

	@Test
	void aUserEditsTheirOwnProfileButNotTheirFlags() {
		ApiClient someone = user("self");
		String uuid = uuidOf(someone);
		Response renamed = someone.patch("/api/users/" + uuid + "/", Map.of("full_name", "Ada Lovelace"));
		assertThat(renamed.field("full_name")).isEqualTo("Ada Lovelace");
		Response promoted = someone.patch("/api/users/" + uuid + "/", Map.of("is_staff", true));
		assertThat(promoted.status()).isEqualTo(400);
		assertThat(promoted.json().get("non_field_errors").get(0).asString()).contains("Only staff");
		assertThat(scene.as("member").patch("/api/users/" + uuid + "/", Map.of("full_name", "x")).status())
			.isEqualTo(404);
	}

	@Test
	void badUserInputNamesTheField() {
		assertThat(error(this.staff.post("/api/users/", Map.of("password", "a-long-password")), "username"))
			.isEqualTo("This field is required.");
		assertThat(error(this.staff.post("/api/users/", Map.of("username", "has spaces", "password", "pw-123456")),
				"username"))
			.isNotBlank();
		assertThat(error(this.staff.post("/api/users/",
				Map.of("username", unique("u"), "password", "pw-123456", "email", "nope")), "email"))
			.isNotBlank();
		assertThat(error(this.staff.post("/api/users/",
				Map.of("username", unique("u"), "password", "pw-123456", "is_staff", "sometimes")), "is_staff"))
			.isNotBlank();
		String taken = scene.as("member").get("/api/users/me/").field("username");
		assertThat(
				error(this.staff.post("/api/users/", Map.of("username", taken, "password", "pw-123456")), "username"))
			.contains("already exists");
	}

	@Test
	void revokingTokensLogsAUserOutEverywhere() {
		ApiClient someone = user("revoked");
		String uuid = uuidOf(someone);
		assertThat(scene.as("owner").post("/api/users/" + uuid + "/revoke_tokens/", Map.of()).status()).isEqualTo(404);
		assertThat(this.staff.post("/api/users/" + uuid + "/revoke_tokens/", Map.of()).status()).isEqualTo(204);
		assertThat(someone.get("/api/users/me/").status()).isEqualTo(401);
	}

	@Test
	void staffCannotDeleteThemselvesButDeleteOthers() {
		String me = uuidOf(this.staff);
		assertThat(this.staff.delete("/api/users/" + me + "/").status()).isEqualTo(400);
		String other = uuidOf(user("leaving"));
		assertThat(scene.as("support").delete("/api/users/" + other + "/").status()).isEqualTo(403);
		assertThat(this.staff.delete("/api/users/" + other + "/").status()).isEqualTo(204);
		assertThat(this.staff.get("/api/users/" + other + "/").status()).isEqualTo(404);
	}

	@Test
	void rolesAreListedWithTheirPermissions() {
		Response roles = scene.as("member").get("/api/roles/");
		assertThat(roles.status()).isEqualTo(200);
		assertThat(roles.json().findValuesAsString("name")).contains("CUSTOMER.OWNER", "PROJECT.ADMIN",
				"PROJECT.MANAGER", "PROJECT.MEMBER");
	}

	@Test
	void grantingOrderApproveToProjectAdminsLetsThemApprove() {
		Response roles = this.staff.get("/api/roles/");
		var admin = java.util.stream.StreamSupport.stream(roles.json().spliterator(), false)
			.filter((role) -> role.get("name").asString().equals("PROJECT.ADMIN"))
			.findFirst()
			.orElseThrow();
		String path = "/api/roles/" + admin.get("uuid").asString() + "/update_permissions/";
		List<String> before = admin.get("permissions").valueStream().map((node) -> node.asString()).toList();
		List<String> widened = new java.util.ArrayList<>(before);
		widened.add("ORDER.APPROVE");
		try {
			assertThat(scene.as("owner").post(path, Map.of("permissions", widened)).status()).isEqualTo(403);
			Response updated = this.staff.post(path, Map.of("permissions", widened));
			assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
			assertThat(updated.json().get("permissions").valueStream().map((node) -> node.asString()))
				.contains("ORDER.APPROVE");
			assertThat(error(this.staff.post(path, Map.of("permissions", List.of("ORDER.TELEPORT"))), "permissions"))
				.contains("not a valid choice");
		}
		finally {
			this.staff.post(path, Map.of("permissions", before));
		}
	}

}
