package io.stackshift.marketplace;

import java.util.List;
import java.util.Map;

import io.stackshift.ApiClient;
import io.stackshift.ApiClient.Response;
import io.stackshift.ApiTest;
import io.stackshift.Scene;
import io.stackshift.emulator.EmulatedCloud;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** Clouds (service settings), the offerings built on them, and their plans. */
class CatalogTests extends ApiTest {

	private static Scene scene;

	@BeforeEach
	void setScene() {
		if (scene == null) {
			scene = scene();
		}
	}

	private Map<String, Object> cloud(String name) {
		return cloudSettings(name);
	}

	private String offering(ApiClient as) {
		String cloud = created(this.staff.post("/api/service-settings/", cloud(unique("cloud"))));
		return created(as.post("/api/marketplace-provider-offerings/",
				Map.of("name", unique("offering"), "customer", scene.customer(), "scope", cloud)));
	}

	@Test
	void onlyStaffRegistersClouds() {
		assertMatrix(scene, (client) -> client.post("/api/service-settings/", cloud(unique("cloud"))),
				Map.ofEntries(entry("staff", 201), entry("support", 403), entry("owner", 403), entry("admin", 403),
						entry("manager", 403), entry("member", 403), entry("unrelated", 403), entry("anonymous", 401)));
	}

	@Test
	void aCloudPasswordIsWriteOnlyAndCredentialsAreStaffOnly() {
		Response created = this.staff.post("/api/service-settings/", cloud(unique("cloud")));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text()).doesNotContain(EmulatedCloud.ADMIN_PASSWORD).doesNotContain("\"password\"");
		assertThat(created.field("username")).isEqualTo("admin");
		assertThat(created.field("endpoint_interface")).isEqualTo("public");
		Response seenByMember = scene.as("member").get("/api/service-settings/" + created.field("uuid") + "/");
		assertThat(seenByMember.status()).isEqualTo(200);
		assertThat(seenByMember.field("username")).isNull();
		assertThat(seenByMember.field("backend_url")).isNull();
		assertThat(seenByMember.text()).doesNotContain(EmulatedCloud.ADMIN_PASSWORD);
	}

	@Test
	void badCloudInputNamesTheField() {
		assertThat(error(this.staff.post("/api/service-settings/", Map.of()), "backend_url"))
			.isEqualTo("This field is required.");
		Map<String, Object> body = cloud(unique("cloud"));
		body.put("backend_url", "ftp://somewhere");
		assertThat(error(this.staff.post("/api/service-settings/", body), "backend_url"))
			.isEqualTo("Enter a valid URL.");
		body = cloud(unique("cloud"));
		body.put("endpoint_interface", "sideways");
		assertThat(error(this.staff.post("/api/service-settings/", body), "endpoint_interface")).isNotBlank();
		body = cloud(unique("cloud"));
		body.put("verify_ssl", "perhaps");
		assertThat(error(this.staff.post("/api/service-settings/", body), "verify_ssl")).isNotBlank();
		body = cloud(unique("cloud"));
		body.put("max_concurrency", 0);
		assertThat(error(this.staff.post("/api/service-settings/", body), "max_concurrency")).contains("between");
		body = cloud("x".repeat(151));
		assertThat(error(this.staff.post("/api/service-settings/", body), "name")).contains("150");
		body = cloud(unique("cloud"));
		body.put("type", "Azure");
		assertThat(error(this.staff.post("/api/service-settings/", body), "type")).contains("not a valid choice");
	}

	@Test
	void ownersCreateOfferingsForTheirOrganisation() {
		String cloud = created(this.staff.post("/api/service-settings/", cloud(unique("cloud"))));
		assertMatrix(scene,
				(client) -> client.post("/api/marketplace-provider-offerings/",
						Map.of("name", unique("offering"), "customer", scene.customer(), "scope", cloud)),
				Map.ofEntries(entry("staff", 201), entry("support", 403), entry("owner", 201), entry("admin", 403),
						entry("manager", 403), entry("member", 403), entry("unrelated", 400), entry("anonymous", 401)));
	}

	@Test
	void anOfferingIsPausedUnpausedAndArchivedByItsProvider() {
		String offering = offering(scene.as("owner"));
		String path = "/api/marketplace-provider-offerings/" + offering + "/";
		assertThat(scene.as("manager").post(path + "pause/", Map.of()).status()).isEqualTo(403);
		assertThat(scene.as("owner").post(path + "pause/", Map.of()).field("state")).isEqualTo("PAUSED");
		assertThat(scene.as("owner").post(path + "unpause/", Map.of()).field("state")).isEqualTo("ACTIVE");
		assertThat(scene.as("owner").post(path + "archive/", Map.of()).field("state")).isEqualTo("ARCHIVED");
		Response again = scene.as("owner").post(path + "pause/", Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.field("detail")).isNotBlank();
	}

	@Test
	void pluginOptionsAreCheckedOptionByOption() {
		String cloud = created(this.staff.post("/api/service-settings/", cloud(unique("cloud"))));
		Response response = this.staff.post("/api/marketplace-provider-offerings/",
				Map.of("name", unique("offering"), "customer", scene.customer(), "scope", cloud, "plugin_options",
						Map.of("storage_mode", "elastic", "max_instances", -3, "colour", "blue")));
		assertThat(response.status()).isEqualTo(400);
		var options = response.json().get("plugin_options");
		assertThat(options.get("storage_mode").get(0).asString()).contains("not a valid choice");
		assertThat(options.has("max_instances")).isTrue();
		assertThat(options.get("colour").get(0).asString()).startsWith("Unknown option.");
		Response good = this.staff.post("/api/marketplace-provider-offerings/",
				Map.of("name", unique("offering"), "customer", scene.customer(), "scope", cloud, "plugin_options",
						Map.of("storage_mode", "dynamic", "auto_approve_for_roles", List.of("PROJECT.ADMIN"))));
		assertThat(good.status()).as(good.toString()).isEqualTo(201);
		assertThat(good.json().get("plugin_options").get("storage_mode").asString()).isEqualTo("dynamic");
	}

	@Test
	void badOfferingInputNamesTheField() {
		assertThat(error(this.staff.post("/api/marketplace-provider-offerings/", Map.of("customer", scene.customer())),
				"name"))
			.isEqualTo("This field is required.");
		assertThat(error(this.staff.post("/api/marketplace-provider-offerings/",
				Map.of("name", "o", "customer", scene.customer(), "scope", "0123")), "scope"))
			.contains("does not exist");
		assertThat(error(this.staff.post("/api/marketplace-provider-offerings/",
				Map.of("name", "o", "customer", scene.customer(), "scope", "x", "type", "Slurm")), "type"))
			.contains("not a valid choice");
		assertThat(error(this.staff.post("/api/marketplace-provider-offerings/",
				Map.of("name", "o", "customer", "f".repeat(32), "scope", "x")), "customer"))
			.contains("does not exist");
	}

	@Test
	void plansBelongToTheirOfferingsProvider() {
		String offering = offering(this.staff);
		assertMatrix(scene,
				(client) -> client.post("/api/marketplace-plans/",
						Map.of("offering", offering, "name", unique("plan"), "max_amount", 3)),
				Map.ofEntries(entry("staff", 201), entry("support", 403), entry("owner", 201), entry("admin", 403),
						entry("manager", 403), entry("member", 403), entry("unrelated", 403), entry("anonymous", 401)));
	}

	@Test
	void anArchivedPlanIsNoLongerActive() {
		String offering = offering(this.staff);
		String plan = created(
				this.staff.post("/api/marketplace-plans/", Map.of("offering", offering, "name", unique("plan"))));
		assertThat(this.staff.get("/api/marketplace-plans/" + plan + "/").json().get("is_active").asBoolean()).isTrue();
		Response archived = scene.as("owner").post("/api/marketplace-plans/" + plan + "/archive/", Map.of());
		assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
		assertThat(archived.json().get("archived").asBoolean()).isTrue();
		assertThat(archived.json().get("is_active").asBoolean()).isFalse();
	}

	@Test
	void badPlanInputNamesTheField() {
		String offering = offering(this.staff);
		assertThat(error(this.staff.post("/api/marketplace-plans/", Map.of("offering", offering)), "name"))
			.isEqualTo("This field is required.");
		assertThat(error(this.staff.post("/api/marketplace-plans/", Map.of("name", "p")), "offering"))
			.isEqualTo("This field is required.");
		assertThat(error(
				this.staff.post("/api/marketplace-plans/", Map.of("offering", offering, "name", "p", "max_amount", -1)),
				"max_amount"))
			.isNotBlank();
		assertThat(error(this.staff.post("/api/marketplace-plans/",
				Map.of("offering", offering, "name", "p", "max_amount", "many")), "max_amount"))
			.isNotBlank();
	}

	@Test
	void offeringListsArePaginatedWithLinks() {
		for (int i = 0; i < 3; i++) {
			offering(this.staff);
		}
		Response page = this.staff.get("/api/marketplace-provider-offerings/?page=2&page_size=1");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().size()).isEqualTo(1);
		assertThat(Integer.parseInt(page.header("X-Result-Count"))).isGreaterThanOrEqualTo(3);
		assertThat(page.header("Link")).contains("rel=\"first\"").contains("rel=\"prev\"").contains("rel=\"next\"");
	}

	@Test
	void staffChangesACloudWithoutTheAnswerShowingThePassword() {
		String cloud = created(this.staff.post("/api/service-settings/", cloud(unique("cloud"))));
		String path = "/api/service-settings/" + cloud + "/";
		// A change of how the cloud is reached is checked against it: a wrong password is
		// refused without being echoed, the right one is taken without being shown.
		Response refused = this.staff.patch(path, Map.of("password", "an-even-newer-secret", "region", "RegionOne"));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.text()).doesNotContain("an-even-newer-secret");
		Response changed = this.staff.patch(path,
				Map.of("password", EmulatedCloud.ADMIN_PASSWORD, "region", "RegionOne"));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.field("region")).isEqualTo("RegionOne");
		assertThat(changed.text()).doesNotContain(EmulatedCloud.ADMIN_PASSWORD);
		assertThat(error(this.staff.patch(path, Map.of("name", " ")), "name"))
			.isEqualTo("This field may not be blank.");
		assertThat(scene.as("support").patch(path, Map.of("region", "x")).status()).isEqualTo(403);
		assertThat(scene.as("support").delete(path).status()).isEqualTo(403);
		assertThat(this.staff.delete(path).status()).isEqualTo(204);
		assertThat(this.staff.get(path).status()).isEqualTo(404);
	}

	@Test
	void anOfferingIsRenamedByItsProviderButKeepsItsTypeAndProvider() {
		String offering = offering(scene.as("owner"));
		String path = "/api/marketplace-provider-offerings/" + offering + "/";
		assertMatrix(scene, (client) -> client.patch(path, Map.of("description", "Tenants in region B")),
				Map.ofEntries(entry("staff", 200), entry("support", 403), entry("owner", 200), entry("admin", 403),
						entry("manager", 403), entry("member", 403), entry("unrelated", 403), entry("anonymous", 401)));
		assertThat(error(this.staff.patch(path, Map.of("type", "Slurm")), "type")).contains("cannot change");
		assertThat(error(this.staff.patch(path, Map.of("customer", scene.customer())), "customer"))
			.contains("another provider");
		assertThat(this.staff.get(path).field("description")).isEqualTo("Tenants in region B");
	}

	@Test
	void aPlanIsRenamedByItsProvider() {
		String plan = created(this.staff.post("/api/marketplace-plans/",
				Map.of("offering", offering(this.staff), "name", unique("plan"))));
		String path = "/api/marketplace-plans/" + plan + "/";
		assertThat(scene.as("owner").patch(path, Map.of("name", "Gold")).field("name")).isEqualTo("Gold");
		assertThat(scene.as("manager").patch(path, Map.of("name", "Tin")).status()).isEqualTo(403);
		assertThat(error(this.staff.patch(path, Map.of("max_amount", -5)), "max_amount")).isNotBlank();
	}

}
