package io.stackshift.replication.web;

import java.util.List;
import java.util.Map;

import io.stackshift.ApiClient.Response;
import io.stackshift.Scene;
import io.stackshift.openstack.Cloud;
import io.stackshift.system.web.Uuids;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A preview plans like a create and keeps nothing: no row in our database, no object in
 * either cloud, and the plan it shows is the plan a create then stores.
 */
class MigrationPreviewTests extends MigrationApiTest {

	@Autowired
	JdbcTemplate jdbc;

	Scene scene;

	Offer destination;

	Source tenant;

	@BeforeEach
	void migratable() {
		this.scene = scene();
		Offer source = offer(this.scene, register(sourceCloud()), Map.of());
		this.destination = offer(this.scene, register(destinationCloud()), Map.of());
		String project = unique("vpc");
		String type = unique("gold");
		seed(sourceCloud(), SourceTenant.volumeType(type));
		this.tenant = importSource(this.scene, source, project, SourceTenant.yaml(project, type));
	}

	@Test
	void previewCreatesNothing() {
		long rows = rows();
		List<String> projects = destinationProjects();
		long writes = destinationCloud().stats().count("POST", "/v3/projects");
		Response preview = this.staff.post("/api/openstack-migrations/preview/",
				request(this.tenant, this.destination, Map.of("name", "dry run")));
		assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
		assertThat(steps(preview.json(), "PROJECT").get(0).get("name").asString()).isEqualTo("dry run");
		assertThat(preview.field("text")).contains("dry run");
		assertThat(rows()).isEqualTo(rows);
		assertThat(destinationProjects()).isEqualTo(projects);
		assertThat(destinationCloud().stats().count("POST", "/v3/projects")).isEqualTo(writes);
	}

	@Test
	void previewShowsThePlanACreateStores() {
		Map<String, Object> body = request(this.tenant, this.destination, Map.of("mappings",
				Map.of("subnets", List.of(Map.of("src_cidr", "192.168.1.0/24", "dst_cidr", "172.16.1.0/24")))));
		Response preview = this.staff.post("/api/openstack-migrations/preview/", body);
		assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
		String migration = created(this.staff.post("/api/openstack-migrations/", body));
		Response stored = this.staff.get("/api/openstack-migrations/" + migration + "/plan/");
		assertThat(withoutUser(stored.json())).isEqualTo(withoutUser(preview.json()));
		assertThat(stored.json().get("warnings")).isEqualTo(preview.json().get("warnings"));
		assertThat(stored.json().get("limits")).isEqualTo(preview.json().get("limits"));
		assertThat(steps(stored.json(), "SUBNET")).extracting((step) -> step.get("attributes").get("cidr").asString())
			.containsExactlyInAnyOrder("172.16.1.0/24", "10.0.0.0/24");
	}

	@Test
	void previewChecksLikeCreate() {
		Response refused = this.staff.post("/api/openstack-migrations/preview/",
				request(this.tenant, this.destination, Map.of("name", " ")));
		assertThat(error(refused, "name")).isEqualTo("Ensure that name has at least one non-whitespace character.");
	}

	/** The steps but the user's: its generated name differs between two requests. */
	private static List<JsonNode> withoutUser(JsonNode plan) {
		return plan.get("steps").valueStream().filter((step) -> !"USER".equals(step.get("kind").asString())).toList();
	}

	private List<String> destinationProjects() {
		Cloud cloud = this.clouds.findByUuid(Uuids.path(this.destination.cloud())).orElseThrow();
		return this.clients.forCloud(cloud)
			.identity()
			.listProjects(Map.of())
			.stream()
			.map((project) -> project.id())
			.sorted()
			.toList();
	}

	private long rows() {
		return this.jdbc.queryForObject("select (select count(*) from migrations) + (select count(*) from resources)"
				+ " + (select count(*) from tenants) + (select count(*) from orders)", Long.class);
	}

}
