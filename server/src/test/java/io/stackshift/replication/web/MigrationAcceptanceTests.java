package io.stackshift.replication.web;

import java.util.List;
import java.util.Map;

import io.stackshift.ApiClient.Response;
import io.stackshift.Scene;
import io.stackshift.emulator.faults.Fault;
import io.stackshift.emulator.faults.FaultRule;
import io.stackshift.openstack.TenantCredentials;
import io.stackshift.openstack.TenantService;
import io.stackshift.system.web.Uuids;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The original's acceptance tests (reference section 8, cases 1 to 10), against the
 * emulator: the source tenant is seeded in the source cloud and imported, then migrated
 * to the destination cloud.
 */
class MigrationAcceptanceTests extends MigrationApiTest {

	@Autowired
	TenantService tenants;

	@Autowired
	JdbcTemplate jdbc;

	Scene scene;

	Offer source;

	Offer destination;

	Source tenant;

	String type1;

	String type2;

	@BeforeEach
	void migratable() {
		this.scene = scene();
		this.type1 = unique("gold");
		this.type2 = unique("silver");
		seed(sourceCloud(), SourceTenant.volumeType(this.type1));
		seed(destinationCloud(), SourceTenant.volumeType(this.type2));
		this.source = offer(this.scene, register(sourceCloud()), Map.of());
		this.destination = offer(this.scene, register(destinationCloud()), Map.of("storage_mode", "dynamic"));
		String project = unique("vpc");
		this.tenant = importSource(this.scene, this.source, project, SourceTenant.yaml(project, this.type1));
	}

	@Test
	void migrationIsCreated() {
		Response created = this.staff.post("/api/openstack-migrations/",
				request(this.tenant, this.destination, Map.of("name", "replicated vpc")));
		assertCreated(created);
		assertThat(created.field("dst_resource_name")).isEqualTo("replicated vpc");
		assertThat(created.field("state")).isEqualTo("CREATION_SCHEDULED");
		assertThat(created.field("dst_resource_state")).isEqualTo("Creating");
		assertThat(created.field("src_resource_uuid")).isEqualTo(this.tenant.resource());
		assertThat(created.field("dst_offering_uuid")).isEqualTo(this.destination.offering());
		assertThat(created.json().get("mappings").get("networks").isArray()).isTrue();
		assertThat(created.field("plan")).endsWith("/api/openstack-migrations/" + created.field("uuid") + "/plan/");
		assertThat(created.json().get("progress").get("done").asInt()).isZero();
	}

	@Test
	void disableAutoapproveDoesNotBlockAnAuthorisedNonStaffUser() {
		Offer strict = offer(this.scene, this.destination.cloud(), Map.of("disable_autoapprove", true));
		assertCreated(
				this.scene.as("owner").post("/api/openstack-migrations/", request(this.tenant, strict, Map.of())));
	}

	@Test
	void anUnauthorisedNonStaffUserCannotMigrateEvenWithDisableAutoapprove() {
		Offer strict = offer(this.scene, this.destination.cloud(), Map.of("disable_autoapprove", true));
		Response refused = this.scene.as("admin")
			.post("/api/openstack-migrations/", request(this.tenant, strict, Map.of()));
		assertThat(error(refused, "non_field_errors"))
			.isEqualTo("User does not have enough permissions to migrate resource.");
	}

	@Test
	void tenantHasCredentialsEncryptedAtRest() {
		Response created = this.staff.post("/api/openstack-migrations/",
				request(this.tenant, this.destination, Map.of()));
		assertCreated(created);
		String tenant = created.field("dst_tenant_uuid");
		TenantCredentials credentials = this.tenants.find(Uuids.path(tenant)).orElseThrow().credentials().orElseThrow();
		assertThat(credentials.username()).isNotBlank();
		assertThat(credentials.password()).hasSize(16);
		String stored = this.jdbc.queryForObject("select user_password from tenants where uuid = ?", String.class,
				Uuids.path(tenant));
		assertThat(stored).isNotBlank().doesNotContain(credentials.password());
	}

	@Test
	void volumeTypesMapping() {
		String src = volumeTypeUuid(this.source.cloud(), this.type1);
		String dst = volumeTypeUuid(this.destination.cloud(), this.type2);
		Response created = this.staff.post("/api/openstack-migrations/",
				request(this.tenant, this.destination, Map.of("mappings", Map.of("volume_types",
						List.of(Map.of("src_type_uuid", src, "dst_type_uuid", dst)), "subnets", List.of()))));
		assertCreated(created);
		JsonNode resource = this.staff.get("/api/marketplace-resources/" + created.field("dst_resource_uuid") + "/")
			.json();
		assertThat(resource.get("limits").get("gigabytes_" + this.type2).asLong()).isEqualTo(10);
		assertThat(resource.get("limits").has("gigabytes_" + this.type1)).isFalse();
		assertThat(resource.get("limits").get("cores").asLong()).isEqualTo(1);
	}

	@Test
	void securityGroupRulesAreReplicated() {
		JsonNode plan = createdPlan(Map.of());
		List<JsonNode> groups = steps(plan, "SECURITY_GROUP").stream()
			.filter((group) -> "web".equals(group.get("name").asString()))
			.toList();
		assertThat(groups).hasSize(1);
		// Neutron adds its two egress rules to every new group, in the source as in the
		// destination: the one rule the user made is the one ingress rule
		List<JsonNode> rules = steps(plan, "SECURITY_GROUP_RULE").stream()
			.filter((rule) -> groups.get(0).get("key").asString().equals(rule.get("parent").asString()))
			.filter((rule) -> "ingress".equals(rule.get("attributes").get("direction").asString()))
			.toList();
		assertThat(rules).hasSize(1);
		assertThat(rules.get(0).get("attributes").get("port_range_min").asInt()).isEqualTo(22);
	}

	@Test
	void anOrderIsRecordedWhenTheMigrationSucceeds() {
		Response created = this.staff.post("/api/openstack-migrations/",
				request(this.tenant, this.destination, Map.of()));
		assertCreated(created);
		Response migration = awaitEnd(created.field("uuid"));
		assertThat(migration.field("state")).as(migration.toString()).isEqualTo("OK");
		JsonNode orders = this.staff.get("/api/marketplace-orders/?resource_uuid=" + created.field("dst_resource_uuid"))
			.json();
		assertThat(orders.size()).isEqualTo(1);
		assertThat(orders.get(0).get("state").asString()).isEqualTo("done");
		assertThat(migration.field("dst_resource_state")).isEqualTo("OK");
		assertThat(this.tenants.find(Uuids.path(created.field("dst_tenant_uuid"))).orElseThrow().getState().name())
			.isEqualTo("OK");
	}

	@Test
	void anOrderIsRecordedWhenTheMigrationFails() {
		destinationCloud().faults().inject(FaultRule.failing("POST", "/v2.0/routers", Fault.ERROR, 1.0, null));
		Response created;
		Response migration;
		try {
			created = this.staff.post("/api/openstack-migrations/", request(this.tenant, this.destination, Map.of()));
			assertCreated(created);
			migration = awaitEnd(created.field("uuid"));
		}
		finally {
			destinationCloud().faults().clear();
		}
		JsonNode orders = this.staff.get("/api/marketplace-orders/?resource_uuid=" + created.field("dst_resource_uuid"))
			.json();
		assertThat(orders.size()).isEqualTo(1);
		assertThat(orders.get(0).get("state").asString()).isEqualTo("erred");
		assertThat(orders.get(0).get("error_message").asString()).contains("POST /v2.0/routers");
		assertThat(migration.field("state")).isEqualTo("ERRED");
		assertThat(migration.field("error_message")).contains("POST /v2.0/routers");
		assertThat(migration.field("dst_resource_state")).isEqualTo("Erred");
		// run again: a second end is a second order, never more
		assertThat(this.staff.post("/api/openstack-migrations/" + created.field("uuid") + "/run/", Map.of()).status())
			.isEqualTo(202);
		assertThat(awaitEnd(created.field("uuid")).field("state")).isEqualTo("OK");
		assertThat(this.staff.get("/api/marketplace-orders/?resource_uuid=" + created.field("dst_resource_uuid"))
			.json()
			.size()).isEqualTo(2);
	}

	@Test
	void migrationWithSelectedNetworks() {
		JsonNode plan = createdPlan(
				Map.of("mappings", Map.of("networks", List.of(this.tenant.networks().get("network1")))));
		assertThat(steps(plan, "NETWORK")).extracting((step) -> step.get("name").asString())
			.containsExactly("network1");
		assertThat(steps(plan, "SUBNET")).extracting((step) -> step.get("attributes").get("cidr").asString())
			.containsExactly("192.168.1.0/24");
		List<JsonNode> routes = steps(plan, "ROUTER_ROUTES");
		assertThat(routes).hasSize(1);
		assertThat(routes.get(0)
			.get("attributes")
			.get("routes")
			.valueStream()
			.map((route) -> route.get("destination").asString())).containsExactly("172.20.1.0/24");
	}

	@Test
	void migrationWithAllNetworks() {
		JsonNode plan = createdPlan(Map.of());
		assertThat(steps(plan, "NETWORK")).extracting((step) -> step.get("name").asString())
			.containsExactlyInAnyOrder("network1", "network2");
		assertThat(steps(plan, "SUBNET")).hasSize(2);
		assertThat(steps(plan, "ROUTER_ROUTES").get(0)
			.get("attributes")
			.get("routes")
			.valueStream()
			.map((route) -> route.get("destination").asString()))
			.containsExactlyInAnyOrder("172.20.1.0/24", "172.20.2.0/24");
	}

	private JsonNode createdPlan(Map<String, Object> extra) {
		Response created = this.staff.post("/api/openstack-migrations/", request(this.tenant, this.destination, extra));
		assertCreated(created);
		Response plan = this.staff.get("/api/openstack-migrations/" + created.field("uuid") + "/plan/");
		assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
		return plan.json();
	}

	String volumeTypeUuid(String cloud, String name) {
		return this.jdbc.queryForObject(
				"select t.uuid from cloud_volume_types t join service_settings s on s.id = t.settings_id where s.uuid = ? and t.name = ?",
				java.util.UUID.class, Uuids.path(cloud), name)
			.toString();
	}

}
