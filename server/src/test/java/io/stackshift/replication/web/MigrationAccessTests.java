package io.stackshift.replication.web;

import java.util.Map;

import io.stackshift.ApiClient;
import io.stackshift.ApiClient.Response;
import io.stackshift.Scene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what with migrations: create and preview need the right to approve the
 * destination order (or an order that needs no approval); a migration is seen by its
 * creator, staff and support; only staff delete another's.
 */
class MigrationAccessTests extends MigrationApiTest {

	private static Fixture fixture;

	record Fixture(Scene scene, Offer destination, Source tenant, String migration) {
	}

	@BeforeEach
	void fixture() {
		if (fixture == null) {
			Scene scene = scene();
			Offer source = offer(scene, register(sourceCloud()), Map.of());
			Offer destination = offer(scene, register(destinationCloud()), Map.of());
			String project = unique("vpc");
			String type = unique("gold");
			seed(sourceCloud(), SourceTenant.volumeType(type));
			Source tenant = importSource(scene, source, project, SourceTenant.yaml(project, type));
			String migration = created(
					this.staff.post("/api/openstack-migrations/", request(tenant, destination, Map.of())));
			fixture = new Fixture(scene, destination, tenant, migration);
		}
	}

	private Map<String, Object> body() {
		return request(fixture.tenant(), fixture.destination(), Map.of());
	}

	@Test
	void create() {
		assertMatrix(fixture.scene(), (client) -> client.post("/api/openstack-migrations/", body()),
				Map.ofEntries(entry("staff", 201), entry("support", 400), entry("owner", 201), entry("admin", 400),
						entry("manager", 201), entry("member", 400), entry("unrelated", 400), entry("anonymous", 401)));
		assertThat(error(fixture.scene().as("unrelated").post("/api/openstack-migrations/", body()), "src_resource"))
			.isEqualTo("Object with uuid=" + fixture.tenant().resource() + " does not exist.");
		assertThat(error(fixture.scene().as("member").post("/api/openstack-migrations/", body()), "non_field_errors"))
			.isEqualTo("User does not have enough permissions to migrate resource.");
	}

	@Test
	void preview() {
		assertMatrix(fixture.scene(), (client) -> client.post("/api/openstack-migrations/preview/", body()),
				Map.ofEntries(entry("staff", 200), entry("support", 400), entry("owner", 200), entry("admin", 400),
						entry("manager", 200), entry("member", 400), entry("unrelated", 400), entry("anonymous", 401)));
	}

	@Test
	void detailsAndPlanAreSeenByTheCreatorStaffAndSupport() {
		String url = "/api/openstack-migrations/" + fixture.migration() + "/";
		Map<String, Integer> expected = Map.ofEntries(entry("staff", 200), entry("support", 200), entry("owner", 404),
				entry("admin", 404), entry("manager", 404), entry("member", 404), entry("unrelated", 404),
				entry("anonymous", 401));
		assertMatrix(fixture.scene(), (client) -> client.get(url), expected);
		assertMatrix(fixture.scene(), (client) -> client.get(url + "plan/"), expected);
	}

	@Test
	void listShowsWhatEachOneSees() {
		String mine = created(fixture.scene().as("owner").post("/api/openstack-migrations/", body()));
		assertMatrix(fixture.scene(), (client) -> client.get("/api/openstack-migrations/"),
				Map.ofEntries(entry("staff", 200), entry("support", 200), entry("owner", 200), entry("admin", 200),
						entry("manager", 200), entry("member", 200), entry("unrelated", 200), entry("anonymous", 401)));
		String filter = "/api/openstack-migrations/?page_size=300&src_resource_uuid=" + fixture.tenant().resource();
		assertThat(uuids(fixture.scene().as("owner").get(filter))).contains(mine).doesNotContain(fixture.migration());
		assertThat(uuids(fixture.scene().as("unrelated").get(filter))).isEmpty();
		assertThat(uuids(fixture.scene().as("support").get(filter))).contains(fixture.migration(), mine);
		String state = awaitEnd(mine).field("state");
		String other = "OK".equals(state) ? "ERRED" : "OK";
		assertThat(uuids(this.staff.get(filter + "&state=" + state))).contains(mine);
		assertThat(uuids(this.staff.get(filter + "&state=" + other))).doesNotContain(mine);
		Response dst = this.staff.get("/api/openstack-migrations/" + mine + "/");
		assertThat(
				uuids(this.staff.get("/api/openstack-migrations/?dst_resource_uuid=" + dst.field("dst_resource_uuid"))))
			.containsExactly(mine);
		assertThat(this.staff.get("/api/openstack-migrations/?src_resource_uuid=nope").status()).isEqualTo(400);
	}

	@Test
	void onlyStaffDeleteAnothersMigration() {
		ApiClient owner = fixture.scene().as("owner");
		assertMatrix(fixture.scene(), (client) -> {
			String migration = created(owner.post("/api/openstack-migrations/", body()));
			// deletable once it ended; it runs by itself
			assertThat(awaitEnd(migration).field("state")).isIn("OK", "ERRED");
			return client.delete("/api/openstack-migrations/" + migration + "/");
		}, Map.ofEntries(entry("staff", 204), entry("support", 403), entry("owner", 204), entry("admin", 404),
				entry("manager", 404), entry("member", 404), entry("unrelated", 404), entry("anonymous", 401)));
	}

	private static java.util.List<String> uuids(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().valueStream().map((item) -> item.get("uuid").asString()).toList();
	}

}
