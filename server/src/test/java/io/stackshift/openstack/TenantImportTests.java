package io.stackshift.openstack;

import java.util.Map;

import io.stackshift.ApiClient.Response;
import io.stackshift.ApiTest;
import io.stackshift.Scene;
import io.stackshift.emulator.EmulatedCloud;
import io.stackshift.emulator.EmulatorOptions;
import io.stackshift.emulator.faults.Fault;
import io.stackshift.emulator.faults.FaultRule;
import io.stackshift.emulator.seed.Seeded;
import io.stackshift.emulator.seed.Topology;
import io.stackshift.openstack.client.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing the emulator's {@code demo} tenant (four networks, five subnets, two routers
 * with interfaces and routes, security groups referring to each other, ports with fixed
 * IPs, floating IPs, quotas, a private volume type): the API then shows exactly what the
 * cloud lists for that project.
 */
class TenantImportTests extends ApiTest {

	private static EmulatedCloud demoCloud;

	private static Seeded seeded;

	private static Scene scene;

	private static String offering;

	private static String plan;

	/** The demo tenant, imported once by the organisation's owner. */
	private static JsonNode imported;

	@BeforeEach
	void setScene() {
		if (scene == null) {
			demoCloud = EmulatedCloud.start(EmulatorOptions.defaults());
			Runtime.getRuntime().addShutdownHook(new Thread(demoCloud::close));
			seeded = demoCloud.seed(Topology.bundled("demo"));
			scene = scene();
			String settings = created(
					this.staff.post("/api/service-settings/", cloudSettings(unique("demo"), demoCloud.authUrl())));
			offering = created(scene.as("owner")
				.post("/api/marketplace-provider-offerings/",
						Map.of("name", unique("offering"), "customer", scene.customer(), "scope", settings)));
			plan = created(
					scene.as("owner").post("/api/marketplace-plans/", Map.of("offering", offering, "name", "basic")));
			Response response = scene.as("owner")
				.post(importPath(), Map.of("backend_id", demoProject(), "project", scene.project(), "plan", plan));
			assertThat(response.status()).as(response.toString()).isEqualTo(201);
			imported = response.json();
		}
	}

	private static String importPath() {
		return "/api/marketplace-provider-offerings/" + offering + "/import_resource/";
	}

	private static String demoProject() {
		return seeded.id("project:demo");
	}

	private static String tenant() {
		return imported.get("resource_uuid").asString();
	}

	/** An empty Keystone project of the demo cloud, for imports that must not collide. */
	private static String emptyProject() {
		return admin(demoCloud).identity().createProject(Project.named(unique("empty"), "default")).id();
	}

	@Test
	void theImportedTenantShowsWhatTheCloudLists() {
		new CloudMirror(this.staff, tenant(), admin(demoCloud).networking().inProject(demoProject())).assertSame();
		CloudMirror mirror = new CloudMirror(this.staff, tenant(),
				admin(demoCloud).networking().inProject(demoProject()));
		assertThat(mirror.listed("openstack-networks")).hasSize(4);
		assertThat(mirror.listed("openstack-subnets")).hasSize(5);
		assertThat(mirror.listed("openstack-routers")).hasSize(2);
		assertThat(mirror.listed("openstack-floating-ips")).hasSize(3);
		JsonNode edge = mirror.listed("openstack-routers").get(seeded.id("router:demo/edge"));
		assertThat(edge.get("interfaces")).hasSize(3);
		assertThat(edge.get("routes").get(0).get("nexthop").asString()).isEqualTo("10.10.2.254");
		JsonNode app = mirror.listed("openstack-security-groups").get(seeded.id("security_group:demo/app"));
		assertThat(app.get("rules").findValuesAsString("remote_group_id"))
			.contains(seeded.id("security_group:demo/web"), seeded.id("security_group:demo/db"));
	}

	@Test
	void theResourceIsOkWithLimitsFromTheQuotasAndADoneOrder() {
		assertThat(imported.get("state").asString()).isEqualTo("OK");
		assertThat(imported.get("backend_id").asString()).isEqualTo(demoProject());
		Response resource = scene.as("member")
			.get("/api/marketplace-resources/" + imported.get("uuid").asString() + "/");
		assertThat(resource.field("state")).isEqualTo("OK");
		assertThat(resource.field("plan_uuid")).isEqualTo(plan);
		assertThat(resource.field("scope")).contains("/api/openstack-tenants/" + tenant());
		JsonNode limits = resource.json().get("limits");
		assertThat(limits.get("cores").asLong()).isEqualTo(64);
		assertThat(limits.get("ram").asLong()).isEqualTo(131072);
		assertThat(limits.get("storage").asLong()).isEqualTo(2000 * 1024);
		assertThat(limits.get("gigabytes_fast").asLong()).isEqualTo(500);
		assertThat(limits.propertyNames()).allMatch((name) -> name.equals("cores") || name.equals("ram")
				|| name.equals("storage") || name.startsWith("gigabytes_"));
		Response orders = this.staff.get("/api/marketplace-orders/?resource_uuid=" + imported.get("uuid").asString());
		assertThat(orders.json()).hasSize(1);
		assertThat(orders.json().get(0).get("state").asString()).isEqualTo("done");
		Response tenant = scene.as("member").get("/api/openstack-tenants/" + tenant() + "/");
		assertThat(tenant.field("origin")).isEqualTo("imported");
		assertThat(tenant.json().get("volume_types").valueStream().map(JsonNode::asString)).contains("fast",
				"standard");
		assertThat(tenant.json().get("quotas").findValuesAsString("name")).contains("cores", "network", "gigabytes");
		Response types = scene.as("member").get("/api/openstack-volume-types/?tenant_uuid=" + tenant());
		assertThat(types.json().findValuesAsString("name")).contains("fast", "standard");
	}

	@Test
	void importableProjectsAreThoseNotYetImported() {
		String fresh = emptyProject();
		Response listed = scene.as("owner")
			.get("/api/marketplace-provider-offerings/" + offering + "/importable_resources/");
		assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
		assertThat(listed.json().findValuesAsString("backend_id")).contains(fresh).doesNotContain(demoProject());
		assertMatrix(scene,
				(client) -> client.get("/api/marketplace-provider-offerings/" + offering + "/importable_resources/"),
				Map.ofEntries(entry("staff", 200), entry("support", 403), entry("owner", 200), entry("admin", 403),
						entry("manager", 403), entry("member", 403), entry("unrelated", 403), entry("anonymous", 401)));
	}

	@Test
	void staffAndTheProvidersOwnersImport() {
		assertMatrix(scene,
				(client) -> client.post(importPath(),
						Map.of("backend_id", emptyProject(), "project", scene.project(), "plan", plan)),
				Map.ofEntries(entry("staff", 201), entry("support", 403), entry("owner", 201), entry("admin", 403),
						entry("manager", 403), entry("member", 403), entry("unrelated", 403), entry("anonymous", 401)));
	}

	@Test
	void badImportInputNamesTheField() {
		assertThat(error(this.staff.post(importPath(), Map.of("project", scene.project())), "backend_id"))
			.isEqualTo("This field is required.");
		assertThat(error(this.staff.post(importPath(), Map.of("backend_id", emptyProject())), "project"))
			.isEqualTo("This field is required.");
		assertThat(error(this.staff.post(importPath(), Map.of("backend_id", emptyProject(), "project", "not-a-uuid")),
				"project"))
			.contains("does not exist");
		assertThat(
				error(this.staff.post(importPath(), Map.of("backend_id", "f".repeat(32), "project", scene.project())),
						"backend_id"))
			.contains("has no project");
		assertThat(error(this.staff.post(importPath(), Map.of("backend_id", demoProject(), "project", scene.project())),
				"backend_id"))
			.contains("already imported");
		String otherOffering = created(this.staff.post("/api/marketplace-provider-offerings/",
				Map.of("name", unique("other"), "customer", scene.customer(), "scope", registerCloud())));
		String otherPlan = created(
				this.staff.post("/api/marketplace-plans/", Map.of("offering", otherOffering, "name", "other")));
		assertThat(error(this.staff.post(importPath(),
				Map.of("backend_id", emptyProject(), "project", scene.project(), "plan", otherPlan)), "plan"))
			.contains("another offering");
		assertThat(error(
				this.staff.post(importPath(),
						Map.of("backend_id", emptyProject(), "project", scene.project(), "plan", "f".repeat(32))),
				"plan"))
			.contains("does not exist");
		String elsewhere = created(this.staff.post("/api/projects/", Map.of("customer",
				created(this.staff.post("/api/customers/", Map.of("name", unique("org")))), "name", unique("p"))));
		assertThat(
				error(scene.as("owner").post(importPath(), Map.of("backend_id", emptyProject(), "project", elsewhere)),
						"project"))
			.as("a project the owner does not see")
			.contains("does not exist");
		assertThat(this.staff.post("/api/marketplace-provider-offerings/nope/import_resource/", Map.of()).status())
			.isEqualTo(404);
	}

	@Test
	void aCloudThatFailsIsABadGatewayNotAnError() {
		demoCloud.faults().inject(FaultRule.failing("GET", "/v3/projects*", Fault.ERROR, 1.0, null));
		try {
			Response failed = this.staff
				.get("/api/marketplace-provider-offerings/" + offering + "/importable_resources/");
			assertThat(failed.status()).as(failed.toString()).isEqualTo(502);
			assertThat(failed.field("detail")).contains("/v3/projects");
		}
		finally {
			demoCloud.faults().clear();
		}
	}

}
