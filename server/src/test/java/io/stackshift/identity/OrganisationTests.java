package io.stackshift.identity;

import java.util.Map;

import io.stackshift.ApiClient.Response;
import io.stackshift.ApiTest;
import io.stackshift.Scene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** Customers, projects and role grants as each kind of user sees them. */
class OrganisationTests extends ApiTest {

	private static Scene scene;

	@BeforeEach
	void setScene() {
		if (scene == null) {
			scene = scene();
		}
	}

	@Test
	void everyoneWithARoleInsideSeesTheCustomerOthersDoNot() {
		assertMatrix(scene, (client) -> client.get("/api/customers/" + scene.customer() + "/"),
				Map.ofEntries(entry("staff", 200), entry("support", 200), entry("owner", 200), entry("admin", 200),
						entry("manager", 200), entry("member", 200), entry("unrelated", 404), entry("anonymous", 401)));
	}

	@Test
	void onlyOwnersAndStaffChangeACustomer() {
		assertMatrix(scene,
				(client) -> client.patch("/api/customers/" + scene.customer() + "/", Map.of("abbreviation", "ORG")),
				Map.ofEntries(entry("staff", 200), entry("support", 403), entry("owner", 200), entry("admin", 403),
						entry("manager", 403), entry("member", 403), entry("unrelated", 404), entry("anonymous", 401)));
	}

	@Test
	void ownersCreateProjectsInTheirCustomer() {
		assertMatrix(scene,
				(client) -> client.post("/api/projects/", Map.of("customer", scene.customer(), "name", unique("p"))),
				Map.ofEntries(entry("staff", 201), entry("support", 403), entry("owner", 201), entry("admin", 403),
						entry("manager", 403), entry("member", 403), entry("unrelated", 400), entry("anonymous", 401)));
	}

	@Test
	void projectAdminsAndManagersChangeTheProjectMembersDoNot() {
		assertMatrix(scene,
				(client) -> client.patch("/api/projects/" + scene.project() + "/", Map.of("description", "changed")),
				Map.ofEntries(entry("staff", 200), entry("support", 403), entry("owner", 200), entry("admin", 200),
						entry("manager", 200), entry("member", 403), entry("unrelated", 404), entry("anonymous", 401)));
	}

	@Test
	void projectListsShowOnlyWhatTheUserSees() {
		Response mine = scene.as("member").get("/api/projects/");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.json().findValuesAsString("uuid")).containsExactly(scene.project());
		assertThat(mine.header("X-Result-Count")).isEqualTo("1");
		assertThat(scene.as("unrelated").get("/api/projects/").json().size()).isZero();
	}

	@Test
	void grantingProjectRolesNeedsCreatePermission() {
		assertMatrix(scene, (client) -> {
			String newcomer = uuidOf(user("newcomer"));
			return client.post("/api/projects/" + scene.project() + "/add_user/",
					Map.of("user", newcomer, "role", "PROJECT.MEMBER"));
		}, Map.ofEntries(entry("staff", 201), entry("support", 403), entry("owner", 201), entry("admin", 201),
				entry("manager", 201), entry("member", 403), entry("unrelated", 404), entry("anonymous", 401)));
	}

	@Test
	void aRevokedRoleTakesVisibilityAway() {
		var guest = member(scene.project(), "projects", "PROJECT.MEMBER", "guest");
		assertThat(guest.get("/api/projects/" + scene.project() + "/").status()).isEqualTo(200);
		Response revoked = this.staff.post("/api/projects/" + scene.project() + "/delete_user/",
				Map.of("user", uuidOf(guest), "role", "PROJECT.MEMBER"));
		assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
		assertThat(guest.get("/api/projects/" + scene.project() + "/").status()).isEqualTo(404);
	}

	@Test
	void badCustomerInputNamesTheField() {
		assertThat(error(this.staff.post("/api/customers/", Map.of()), "name")).isEqualTo("This field is required.");
		assertThat(error(this.staff.post("/api/customers/", Map.of("name", " ")), "name"))
			.isEqualTo("This field may not be blank.");
		assertThat(error(this.staff.post("/api/customers/", Map.of("name", "x".repeat(151))), "name")).contains("150");
		assertThat(error(this.staff.post("/api/customers/", Map.of("name", unique("o"), "email", "not-an-email")),
				"email"))
			.isNotBlank();
		assertThat(error(this.staff.post("/api/customers/", Map.of("name", 42, "abbreviation", "x".repeat(13))),
				"abbreviation"))
			.contains("12");
	}

	@Test
	void badProjectInputNamesTheField() {
		assertThat(error(this.staff.post("/api/projects/", Map.of("name", "p")), "customer"))
			.isEqualTo("This field is required.");
		assertThat(error(this.staff.post("/api/projects/", Map.of("customer", "not-a-uuid", "name", "p")), "customer"))
			.contains("does not exist");
		assertThat(error(this.staff.post("/api/projects/", Map.of("customer", scene.customer())), "name"))
			.isEqualTo("This field is required.");
		assertThat(
				error(this.staff.post("/api/projects/", Map.of("customer", scene.customer(), "name", "x".repeat(501))),
						"name"))
			.contains("500");
	}

	@Test
	void badRoleGrantsNameTheField() {
		String user = uuidOf(user("someone"));
		String path = "/api/projects/" + scene.project() + "/add_user/";
		assertThat(error(this.staff.post(path, Map.of("user", user, "role", "PROJECT.KING")), "role")).isNotBlank();
		assertThat(error(this.staff.post(path, Map.of("user", user, "role", "CUSTOMER.OWNER")), "role")).isNotBlank();
		assertThat(error(this.staff.post(path, Map.of("user", "123", "role", "PROJECT.MEMBER")), "user"))
			.contains("does not exist");
		assertThat(error(
				this.staff.post(path, Map.of("user", user, "role", "PROJECT.MEMBER", "expiration_time", "yesterday")),
				"expiration_time"))
			.isNotBlank();
	}

	@Test
	void unknownObjectsAre404AndMalformedPathUuidsToo() {
		assertThat(this.staff.get("/api/customers/00000000000000000000000000000000/").status()).isEqualTo(404);
		assertThat(this.staff.get("/api/projects/nope/").status()).isEqualTo(404);
	}

	@Test
	void membersOfAProjectAreListedWithTheirRoles() {
		var listed = scene.as("member").get("/api/projects/" + scene.project() + "/list_users/");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().findValuesAsString("role")).contains("PROJECT.ADMIN", "PROJECT.MANAGER",
				"PROJECT.MEMBER");
		var owners = scene.as("admin").get("/api/customers/" + scene.customer() + "/list_users/");
		assertThat(owners.json().findValuesAsString("role")).containsExactly("CUSTOMER.OWNER");
		assertThat(scene.as("unrelated").get("/api/projects/" + scene.project() + "/list_users/").status())
			.isEqualTo(404);
	}

	@Test
	void ownersDeleteEmptyProjectsOthersMayNot() {
		String project = created(
				this.staff.post("/api/projects/", Map.of("customer", scene.customer(), "name", unique("gone"))));
		assertThat(scene.as("admin").delete("/api/projects/" + project + "/").status()).isEqualTo(404);
		assertThat(scene.as("owner").delete("/api/projects/" + project + "/").status()).isEqualTo(204);
		assertThat(this.staff.get("/api/projects/" + project + "/").status()).isEqualTo(404);
	}

	@Test
	void anOrganisationWithProjectsCannotBeDeleted() {
		Response refused = this.staff.delete("/api/customers/" + scene.customer() + "/");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.field("detail")).isEqualTo("Cannot delete an organisation that still has projects.");
		assertThat(scene.as("owner").delete("/api/customers/" + scene.customer() + "/").status()).isEqualTo(403);
		String empty = created(this.staff.post("/api/customers/", Map.of("name", unique("empty"))));
		assertThat(this.staff.delete("/api/customers/" + empty + "/").status()).isEqualTo(204);
	}

}
