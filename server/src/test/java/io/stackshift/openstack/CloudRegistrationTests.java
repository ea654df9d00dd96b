package io.stackshift.openstack;

import java.util.Map;

import io.stackshift.ApiClient.Response;
import io.stackshift.ApiTest;
import io.stackshift.Scene;
import io.stackshift.emulator.EmulatedCloud;
import io.stackshift.system.web.Uuids;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering a cloud checks it against the cloud: a setting that does not work is a 400
 * naming it, and nothing is saved. The catalogue read at registration is served.
 */
class CloudRegistrationTests extends ApiTest {

	private static Scene scene;

	@Autowired
	private Clouds clouds;

	@Autowired
	private TransactionTemplate transactions;

	@BeforeEach
	void setScene() {
		if (scene == null) {
			scene = scene();
		}
	}

	private boolean saved(String name) {
		return this.clouds.findAll().stream().anyMatch((cloud) -> cloud.getName().equals(name));
	}

	@Test
	void anUnreachableUrlIsABackendUrlErrorAndNothingIsSaved() {
		String name = unique("cloud");
		Map<String, Object> body = cloudSettings(name);
		body.put("backend_url", "http://127.0.0.1:1/v3");
		assertThat(error(this.staff.post("/api/service-settings/", body), "backend_url")).contains("Cannot reach");
		assertThat(saved(name)).isFalse();
	}

	@Test
	void wrongCredentialsAreAPasswordErrorAndNothingIsSaved() {
		String name = unique("cloud");
		Map<String, Object> body = cloudSettings(name);
		body.put("password", "not-the-password");
		assertThat(error(this.staff.post("/api/service-settings/", body), "password"))
			.contains("Keystone refused these credentials");
		body = cloudSettings(name);
		body.put("tenant_name", "no-such-project");
		assertThat(error(this.staff.post("/api/service-settings/", body), "password")).contains("no-such-project");
		assertThat(saved(name)).isFalse();
	}

	@Test
	void aCatalogWithoutANetworkEndpointIsRefusedAsAWhole() {
		String name = unique("cloud");
		Map<String, Object> body = cloudSettings(name);
		body.put("region", "RegionNowhere");
		assertThat(error(this.staff.post("/api/service-settings/", body), "non_field_errors"))
			.contains("no network (Neutron) endpoint")
			.contains("RegionNowhere");
		assertThat(saved(name)).isFalse();
	}

	@Test
	void anUpdateThatBreaksTheSettingsIsRefusedAndTheOldOnesStay() {
		String cloud = registerCloud();
		Response refused = this.staff.patch("/api/service-settings/" + cloud + "/", Map.of("password", "wrong"));
		assertThat(error(refused, "password")).contains("refused");
		Response renamed = this.staff.patch("/api/service-settings/" + cloud + "/", Map.of("name", unique("renamed")));
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		Response checked = this.staff.post("/api/service-settings/" + cloud + "/check/", Map.of());
		assertThat(checked.field("state")).as(checked.toString()).isEqualTo("OK");
	}

	@Test
	void aCheckRecordsItsOutcomeOnTheSettings() {
		String cloud = registerCloud();
		this.transactions.executeWithoutResult((status) -> this.clouds.findByUuid(Uuids.parse(cloud).orElseThrow())
			.orElseThrow()
			.setPassword("changed-behind-our-back"));
		Response erred = this.staff.post("/api/service-settings/" + cloud + "/check/", Map.of());
		assertThat(erred.status()).as(erred.toString()).isEqualTo(200);
		assertThat(erred.field("state")).isEqualTo("ERRED");
		assertThat(erred.field("error_message")).contains("Keystone refused");
		assertThat(this.staff.get("/api/service-settings/" + cloud + "/").field("state")).isEqualTo("ERRED");
		this.transactions.executeWithoutResult((status) -> this.clouds.findByUuid(Uuids.parse(cloud).orElseThrow())
			.orElseThrow()
			.setPassword(EmulatedCloud.ADMIN_PASSWORD));
		Response ok = this.staff.post("/api/service-settings/" + cloud + "/check/", Map.of());
		assertThat(ok.field("state")).isEqualTo("OK");
		assertThat(ok.field("error_message")).isEmpty();
	}

	@Test
	void onlyStaffChecksSettings() {
		String cloud = registerCloud();
		assertMatrix(scene, (client) -> client.post("/api/service-settings/" + cloud + "/check/", Map.of()),
				Map.ofEntries(entry("staff", 200), entry("support", 403), entry("owner", 403), entry("admin", 403),
						entry("manager", 403), entry("member", 403), entry("unrelated", 403), entry("anonymous", 401)));
		assertThat(this.staff.post("/api/service-settings/" + "f".repeat(32) + "/check/", Map.of()).status())
			.isEqualTo(404);
	}

	@Test
	void theCatalogueIsKeptAndServed() {
		String cloud = registerCloud();
		Response types = scene.as("member").get("/api/openstack-volume-types/?settings_uuid=" + cloud);
		assertThat(types.status()).as(types.toString()).isEqualTo(200);
		assertThat(types.json().findValuesAsString("name")).contains("__DEFAULT__");
		assertThat(types.json().get(0).get("settings_uuid").asString()).isEqualTo(cloud);
		assertThat(error(this.staff.get("/api/openstack-volume-types/?settings_uuid=nope"), "settings_uuid"))
			.contains("valid UUID");
		String typeUuid = types.json().get(0).get("uuid").asString();
		assertThat(scene.as("unrelated").get("/api/openstack-volume-types/" + typeUuid + "/").status())
			.as("a shared cloud's types are seen by everyone")
			.isEqualTo(200);
	}

	@Test
	void aPrivateCloudsVolumeTypesAreSeenInItsOrganisationOnly() {
		Map<String, Object> body = cloudSettings(unique("private"));
		body.put("shared", false);
		body.put("customer", scene.customer());
		String cloud = created(this.staff.post("/api/service-settings/", body));
		String type = this.staff.get("/api/openstack-volume-types/?settings_uuid=" + cloud)
			.json()
			.get(0)
			.get("uuid")
			.asString();
		assertMatrix(scene, (client) -> client.get("/api/openstack-volume-types/" + type + "/"),
				Map.ofEntries(entry("staff", 200), entry("support", 200), entry("owner", 200), entry("admin", 200),
						entry("manager", 200), entry("member", 200), entry("unrelated", 404), entry("anonymous", 401)));
		assertThat(scene.as("unrelated").get("/api/openstack-volume-types/?settings_uuid=" + cloud).json()).isEmpty();
	}

	@Test
	void theDefaultExternalNetworkIsTheCloudsOnlyOneUnlessTheSettingsNameOne() {
		String publicNetwork = admin(cloud()).networking()
			.networks()
			.list(Map.of("router:external", true, "name", "public"))
			.get(0)
			.id();
		Response registered = this.staff.get("/api/service-settings/" + registerCloud() + "/");
		assertThat(registered.field("default_external_network_id")).isEqualTo(publicNetwork);
		Map<String, Object> body = cloudSettings(unique("cloud"));
		body.put("external_network_id", "f".repeat(32));
		Response named = this.staff.post("/api/service-settings/", body);
		assertThat(named.field("default_external_network_id")).as(named.toString()).isEqualTo("f".repeat(32));
	}

}
