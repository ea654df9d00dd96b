package io.stackshift.replication.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.stackshift.ApiClient.Response;
import io.stackshift.ApiTest;
import io.stackshift.openstack.RealisticTenant;
import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.CloudCredentials;
import io.stackshift.openstack.client.Networking;
import io.stackshift.openstack.client.OpenStackException;
import io.stackshift.openstack.client.Port;
import io.stackshift.openstack.client.Router;
import io.stackshift.openstack.client.Subnet;
import io.stackshift.replication.TenantComparison;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A migration between two real OpenStack clouds (in CI the harness twice:
 * {@code STACKSHIFT_IT_AUTH_URL=http://127.0.0.1:5000/v3} the source,
 * {@code STACKSHIFT_IT_DST_AUTH_URL=http://127.0.0.1:15000/v3} the destination), done
 * through the API as an operator does it: the {@link RealisticTenant} is built in the
 * source, both clouds are registered and offered, the tenant is imported and migrated
 * with its instance ports and {@code web-v4} moved to 10.41.1.0/24. The destination is
 * then read with its own Neutron, not our records: every object is there with its
 * addresses translated, and after {@code cleanup/} nothing of the migration is left.
 * Skipped unless both variables are set.
 */
class MigrationBetweenCloudsIT extends ApiTest {

	private static final Duration DEADLINE = Duration.ofMinutes(10);

	@Test
	void aRealisticTenantIsMigratedWithARemappedSubnetAndItsPorts() {
		String sourceUrl = System.getenv("STACKSHIFT_IT_AUTH_URL");
		String destinationUrl = System.getenv("STACKSHIFT_IT_DST_AUTH_URL");
		Assumptions.assumeTrue(sourceUrl != null && destinationUrl != null,
				"STACKSHIFT_IT_AUTH_URL and STACKSHIFT_IT_DST_AUTH_URL are not both set: no two real clouds");
		Cloud source = new Cloud(sourceUrl, env("STACKSHIFT_IT_USERNAME", "admin"),
				env("STACKSHIFT_IT_PASSWORD", "admin-secret"), env("STACKSHIFT_IT_PROJECT", "admin"));
		Cloud destination = new Cloud(destinationUrl, env("STACKSHIFT_IT_DST_USERNAME", source.username()),
				env("STACKSHIFT_IT_DST_PASSWORD", source.password()),
				env("STACKSHIFT_IT_DST_PROJECT", source.project()));
		CloudClient destinationAdmin = destination.client();
		RealisticTenant tenant = RealisticTenant.inNewProject(source.client(), unique("ss-between-clouds-it"),
				"stackshift migration between clouds test");
		String migration = null;
		boolean cleanedUp = false;
		try {
			tenant.build();
			String customer = created(this.staff.post("/api/customers/", Map.of("name", unique("org"))));
			String project = created(
					this.staff.post("/api/projects/", Map.of("customer", customer, "name", unique("project"))));
			Offer from = offer(customer, register(source, "source"));
			Offer to = offer(customer, register(destination, "destination"));
			Response imported = this.staff.post(
					"/api/marketplace-provider-offerings/" + from.offering() + "/import_resource/",
					Map.of("backend_id", tenant.projectId(), "project", project, "plan", from.plan()));
			assertThat(imported.status()).as(imported.toString()).isEqualTo(201);

			Response created = this.staff.post("/api/openstack-migrations/",
					Map.of("src_resource", imported.field("uuid"), "dst_offering", to.offering(), "dst_plan", to.plan(),
							"name", unique("moved"), "mappings", Map.of("sync_instance_ports", true, "subnets",
									List.of(Map.of("src_cidr", "10.31.1.0/24", "dst_cidr", "10.41.1.0/24")))));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			migration = created.field("uuid");
			Response done = MigrationApiTest.awaitEnd(this.staff, migration, DEADLINE, Duration.ofSeconds(2));
			assertThat(done.field("state")).as(() -> done + "\nfailed steps: " + failedSteps(created.field("uuid")))
				.isEqualTo("OK");
			Response report = this.staff.get(path(migration, "report/"));
			assertThat(report.status()).as(report.toString()).isEqualTo(200);
			assertThat(report.json().get("matches").asBoolean()).as(report.toString()).isTrue();
			assertThat(report.json().get("differences").size()).isZero();

			String projectId = destinationProject(done);
			assertDestinationHoldsTheTenant(destinationAdmin, tenant.neutron(),
					destinationAdmin.networking().inProject(projectId));

			Response cleanup = this.staff.post(path(migration, "cleanup/"), Map.of());
			cleanedUp = true;
			assertThat(cleanup.status()).as(cleanup.toString()).isEqualTo(200);
			assertThat(cleanup.json().get("remaining").size()).as(cleanup.toString()).isZero();
			assertNothingLeftIn(destinationAdmin, projectId);
		}
		finally {
			if (migration != null && !cleanedUp) {
				Response cleanup = this.staff.post(path(migration, "cleanup/"), Map.of());
				System.err
					.println("cleanup of migration " + migration + ": " + cleanup.status() + " " + cleanup.text());
			}
			tenant.cleanUp();
		}
	}

	/**
	 * The destination's Neutron lists the source's objects, {@code web-v4}'s addresses
	 * moved to 10.41.1.0/24 (host part kept) and the others unchanged; a few values are
	 * spelt out, so that the comparison cannot pass by translating both sides alike.
	 */
	private static void assertDestinationHoldsTheTenant(CloudClient admin, Networking source, Networking copy) {
		TenantComparison.assertCopied(source, copy, (address) -> address.startsWith("10.31.1.")
				? "10.41.1." + address.substring("10.31.1.".length()) : address);
		Subnet web = copy.subnets().list().stream().filter((s) -> "web-v4".equals(s.name())).findFirst().orElseThrow();
		assertThat(web.cidr()).isEqualTo("10.41.1.0/24");
		assertThat(web.allocationPools()).containsExactly(new Subnet.AllocationPool("10.41.1.10", "10.41.1.200"));
		Router edge = copy.routers().list().stream().filter((r) -> "edge".equals(r.name())).findFirst().orElseThrow();
		assertThat(edge.routes()).contains(new Router.Route("192.168.51.0/24", "10.41.1.254"));
		admin.networking()
			.networks()
			.list(Map.of("router:external", true))
			.stream()
			.findFirst()
			.ifPresent((external) -> assertThat(edge.externalGatewayInfo().networkId()).isEqualTo(external.id()));
		Port web1 = copy.ports()
			.list()
			.stream()
			.filter((port) -> "web-1".equals(port.name()))
			.findFirst()
			.orElseThrow();
		assertThat(web1.macAddress()).isEqualTo(RealisticTenant.WEB_1_MAC);
		assertThat(web1.fixedIps()).containsExactly(new Port.FixedIp(web.id(), "10.41.1.11"));
	}

	/**
	 * Listed across projects: a listing scoped to the project would make Neutron create a
	 * new default group for it.
	 */
	private static void assertNothingLeftIn(CloudClient admin, String projectId) {
		Networking all = admin.networking();
		assertThat(all.networks().list()).noneMatch((n) -> projectId.equals(n.projectId()));
		assertThat(all.subnets().list()).noneMatch((s) -> projectId.equals(s.projectId()));
		assertThat(all.routers().list()).noneMatch((r) -> projectId.equals(r.projectId()));
		assertThat(all.ports().list()).noneMatch((p) -> projectId.equals(p.projectId()));
		assertThat(all.securityGroups().list()).noneMatch((g) -> projectId.equals(g.projectId()));
		assertThat(all.securityGroupRules().list()).noneMatch((r) -> projectId.equals(r.projectId()));
		assertThat(all.floatingIps().list()).noneMatch((ip) -> projectId.equals(ip.projectId()));
		assertThatExceptionOfType(OpenStackException.class).isThrownBy(() -> admin.identity().getProject(projectId))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(OpenStackException.Kind.NOT_FOUND));
	}

	/**
	 * The new Keystone project, as the destination tenant records it and as the run's
	 * project step made it.
	 */
	private String destinationProject(Response migration) {
		Response tenant = this.staff.get("/api/openstack-tenants/" + migration.field("dst_tenant_uuid") + "/");
		assertThat(tenant.status()).as(tenant.toString()).isEqualTo(200);
		String projectId = tenant.field("backend_id");
		assertThat(projectId).isNotBlank();
		JsonNode steps = this.staff.get(path(migration.field("uuid"), "steps/?page_size=300")).json();
		assertThat(steps.valueStream().filter((step) -> "project".equals(step.get("key").asString()))).singleElement()
			.satisfies((step) -> assertThat(step.get("object_id").asString()).isEqualTo(projectId));
		return projectId;
	}

	/** Registers a cloud (shared): the API checks it and reads its catalogue. */
	private String register(Cloud cloud, String role) {
		Map<String, Object> settings = cloudSettings(unique(role), cloud.authUrl());
		settings
			.putAll(Map.of("username", cloud.username(), "password", cloud.password(), "tenant_name", cloud.project()));
		return created(this.staff.post("/api/service-settings/", settings));
	}

	private Offer offer(String customer, String cloud) {
		String offering = created(this.staff.post("/api/marketplace-provider-offerings/",
				Map.of("name", unique("offering"), "customer", customer, "scope", cloud, "shared", true)));
		String plan = created(
				this.staff.post("/api/marketplace-plans/", Map.of("offering", offering, "name", "basic")));
		return new Offer(offering, plan);
	}

	private String failedSteps(String uuid) {
		return this.staff.get(path(uuid, "steps/?page_size=300"))
			.json()
			.valueStream()
			.filter((step) -> !"DONE".equals(step.get("status").asString()))
			.map(JsonNode::toString)
			.collect(Collectors.joining("\n"));
	}

	private static String path(String migration, String action) {
		return "/api/openstack-migrations/" + migration + "/" + action;
	}

	private record Offer(String offering, String plan) {
	}

	/** How to reach a cloud as its admin. */
	private record Cloud(String authUrl, String username, String password, String project) {

		CloudClient client() {
			return new CloudClient(CloudCredentials.of(this.authUrl, this.username, this.password)
				.projectName(this.project, "Default")
				.build());
		}

		@Override
		public String toString() {
			return "Cloud[" + this.authUrl + " as " + this.username + "]";
		}

	}

}
