package io.stackshift.openstack;

import java.util.List;
import java.util.Map;

import io.stackshift.ApiClient.Response;
import io.stackshift.ApiTest;
import io.stackshift.Scene;
import io.stackshift.identity.Projects;
import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.Network;
import io.stackshift.openstack.client.Networking;
import io.stackshift.openstack.client.Port;
import io.stackshift.openstack.client.Project;
import io.stackshift.openstack.client.SecurityGroup;
import io.stackshift.openstack.client.SecurityGroupRule;
import io.stackshift.openstack.client.Subnet;
import io.stackshift.openstack.inventory.InventoryRefresh;
import io.stackshift.system.web.Uuids;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A small tenant in the shared emulated cloud, imported, then changed in the cloud and
 * pulled; who sees the inventory; who reads a created tenant's credentials.
 */
class TenantInventoryTests extends ApiTest {

	private static Scene scene;

	private static String offering;

	private static String settings;

	@Autowired
	private TenantService tenantService;

	@Autowired
	private Clouds clouds;

	@Autowired
	private Projects projects;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private InventoryRefresh refresh;

	@BeforeEach
	void setScene() {
		if (scene == null) {
			scene = scene();
			settings = registerCloud();
			offering = created(this.staff.post("/api/marketplace-provider-offerings/",
					Map.of("name", unique("offering"), "customer", scene.customer(), "scope", settings)));
		}
	}

	/** A Keystone project with a network, a subnet, a group with a rule and a port. */
	private record Built(String projectId, Networking neutron, String network, String port, String group) {
	}

	private static Built build() {
		CloudClient admin = admin(cloud());
		String projectId = admin.identity().createProject(Project.named(unique("small"), "default")).id();
		Networking neutron = admin.networking().inProject(projectId);
		String network = neutron.networks().create(Network.named("net")).id();
		String subnet = neutron.subnets().create(Subnet.of(network, "net-v4", "10.20.0.0/24")).id();
		String group = neutron.securityGroups().create(SecurityGroup.named("ssh", "SSH in")).id();
		neutron.securityGroupRules().create(SecurityGroupRule.ingress(group, "tcp", 22, "0.0.0.0/0"));
		String port = neutron.ports()
			.create(Port.on(network, "vm-1")
				.withFixedIps(List.of(new Port.FixedIp(subnet, "10.20.0.10")))
				.withSecurityGroups(List.of(group)))
			.id();
		return new Built(projectId, neutron, network, port, group);
	}

	private String importBuilt(Built built) {
		Response response = this.staff.post("/api/marketplace-provider-offerings/" + offering + "/import_resource/",
				Map.of("backend_id", built.projectId(), "project", scene.project()));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.field("resource_uuid");
	}

	@Test
	void aPullAddsWhatIsNewUpdatesWhatChangedAndRemovesWhatIsGone() {
		Built built = build();
		String tenant = importBuilt(built);
		new CloudMirror(this.staff, tenant, built.neutron()).assertSame();
		built.neutron().networks().create(Network.named("added"));
		built.neutron().ports().delete(built.port());
		built.neutron().securityGroups().update(built.group(), Map.of("description", "SSH from the office"));
		built.neutron().networks().update(built.network(), Map.of("name", "renamed"));
		assertThatThrownBy(() -> new CloudMirror(this.staff, tenant, built.neutron()).assertSame())
			.as("the stored inventory lags the cloud until pulled")
			.isInstanceOf(AssertionError.class);
		Response pulled = scene.as("admin").post("/api/openstack-tenants/" + tenant + "/pull/", Map.of());
		assertThat(pulled.status()).as(pulled.toString()).isEqualTo(200);
		assertThat(pulled.json().get("networks").get("added").asInt()).isEqualTo(1);
		assertThat(pulled.json().get("networks").get("updated").asInt()).isEqualTo(1);
		assertThat(pulled.json().get("ports").get("removed").asInt()).isEqualTo(1);
		assertThat(pulled.json().get("security_groups").get("updated").asInt()).isEqualTo(1);
		assertThat(pulled.json().get("subnets").get("updated").asInt()).isZero();
		new CloudMirror(this.staff, tenant, built.neutron()).assertSame();
		Response again = this.staff.post("/api/openstack-tenants/" + tenant + "/pull/", Map.of());
		assertThat(again.json().findValues("added")).allMatch((count) -> count.asInt() == 0);
		assertThat(again.json().findValues("updated")).allMatch((count) -> count.asInt() == 0);
	}

	@Test
	void theBackgroundRefreshPullsImportedTenants() {
		Built built = build();
		String tenant = importBuilt(built);
		built.neutron().networks().create(Network.named("later"));
		// Every imported tenant of the test database is refreshed; others' failures are
		// not this test's business.
		this.refresh.refreshAll();
		assertThat(scene.as("member").get("/api/openstack-networks/?name=later&tenant_uuid=" + tenant).json())
			.hasSize(1);
	}

	@Test
	void theInventoryIsSeenByWhoSeesTheProject() {
		Built built = build();
		String tenant = importBuilt(built);
		String network = new CloudMirror(this.staff, tenant, built.neutron()).listed("openstack-networks")
			.get(built.network())
			.get("uuid")
			.asString();
		Map<String, Integer> seen = Map.ofEntries(entry("staff", 200), entry("support", 200), entry("owner", 200),
				entry("admin", 200), entry("manager", 200), entry("member", 200), entry("unrelated", 404),
				entry("anonymous", 401));
		assertMatrix(scene, (client) -> client.get("/api/openstack-tenants/" + tenant + "/"), seen);
		assertMatrix(scene, (client) -> client.get("/api/openstack-networks/" + network + "/"), seen);
		for (String collection : List.of("openstack-tenants", "openstack-networks", "openstack-subnets",
				"openstack-routers", "openstack-security-groups", "openstack-ports", "openstack-floating-ips")) {
			String filter = collection.equals("openstack-tenants") ? "project_uuid=" + scene.project()
					: "tenant_uuid=" + tenant;
			assertThat(scene.as("member").get("/api/" + collection + "/?" + filter).status()).isEqualTo(200);
			assertThat(scene.as("unrelated").get("/api/" + collection + "/?" + filter).json()).as(collection).isEmpty();
			String malformed = collection.equals("openstack-tenants") ? "project_uuid" : "tenant_uuid";
			assertThat(error(scene.as("member").get("/api/" + collection + "/?" + malformed + "=x1"), malformed))
				.as(collection)
				.contains("valid UUID");
		}
		assertThat(scene.as("member").get("/api/openstack-ports/?tenant_uuid=" + tenant).json()).hasSize(1);
		assertThat(scene.as("member").get("/api/openstack-networks/not-a-uuid/").status()).isEqualTo(404);
	}

	@Test
	void pullsAreForThoseWhoUpdateTheProjectsResources() {
		String tenant = importBuilt(build());
		assertMatrix(scene, (client) -> client.post("/api/openstack-tenants/" + tenant + "/pull/", Map.of()),
				Map.ofEntries(entry("staff", 200), entry("support", 403), entry("owner", 200), entry("admin", 200),
						entry("manager", 200), entry("member", 403), entry("unrelated", 404), entry("anonymous", 401)));
	}

	@Test
	void credentialsOfACreatedTenantAreForProjectAdminsAndOwnersOnly() {
		TenantCredentials generated = TenantService.generateCredentials("Shop Ünïcode tenant with a long name");
		assertThat(generated.username()).matches("shop-unicode-tenant-with-user-[a-zA-Z2-9]{4}");
		assertThat(generated.password()).matches("[a-hj-km-np-zA-HJ-NP-Z2-9]{16}");
		String tenant = this.transactions.execute((status) -> Uuids.hex(
				this.tenantService
					.recordCreated(this.clouds.findByUuid(Uuids.parse(settings).orElseThrow()).orElseThrow(),
							this.projects.findByUuid(Uuids.parse(scene.project()).orElseThrow()).orElseThrow(), null,
							unique("created"), null, generated)
					.getUuid()));
		assertMatrix(scene, (client) -> client.get("/api/openstack-tenants/" + tenant + "/credentials/"),
				Map.ofEntries(entry("staff", 200), entry("support", 403), entry("owner", 200), entry("admin", 200),
						entry("manager", 403), entry("member", 403), entry("unrelated", 404), entry("anonymous", 401)));
		Response credentials = scene.as("admin").get("/api/openstack-tenants/" + tenant + "/credentials/");
		assertThat(credentials.field("username")).isEqualTo(generated.username());
		assertThat(credentials.field("password")).isEqualTo(generated.password());
		assertThat(scene.as("admin").get("/api/openstack-tenants/" + tenant + "/").text())
			.doesNotContain(generated.password());
		assertThat(scene.as("admin").get("/api/openstack-tenants/?project_uuid=" + scene.project()).text())
			.doesNotContain(generated.password());
		Response created = scene.as("member").get("/api/openstack-tenants/" + tenant + "/");
		assertThat(created.field("state")).isEqualTo("CREATING");
		assertThat(created.field("origin")).isEqualTo("created");
		Response noPull = this.staff.post("/api/openstack-tenants/" + tenant + "/pull/", Map.of());
		assertThat(noPull.status()).as("nothing to pull without a Keystone project").isEqualTo(409);
	}

	@Test
	void anImportedTenantHasNoCredentials() {
		String tenant = importBuilt(build());
		Response none = scene.as("admin").get("/api/openstack-tenants/" + tenant + "/credentials/");
		assertThat(none.status()).isEqualTo(404);
		assertThat(none.field("detail")).contains("imported");
	}

}
