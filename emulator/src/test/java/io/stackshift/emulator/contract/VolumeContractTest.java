package io.stackshift.emulator.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cinder: volume types (private with access per project) and quota sets with per-type
 * keys.
 */
class VolumeContractTest {

	@Test
	void privateTypeIsVisibleOnlyWithAccess() {
		try (Tenant tenant = new Tenant()) {
			String name = Tenant.unique("ct-type");
			Response created = tenant.admin.post("volumev3", "/types", Body.of("volume_type", Body.of("name", name,
					"os-volume-type-access:is_public", false, "extra_specs", Body.of("tier", "gold"))));
			assertThat(created.status()).isEqualTo(200);
			String id = created.get("volume_type").path("id").asString();
			tenant.forgetVolumeTypeLater(id);
			assertThat(created.get("volume_type").path("is_public").asBoolean()).isFalse();
			assertThat(tenant.member().get("volumev3", "/types").get("volume_types").findValuesAsString("id"))
				.doesNotContain(id);
			Response access = tenant.admin.post("volumev3", "/types/" + id + "/action",
					Body.of("addProjectAccess", Body.of("project", tenant.projectId)));
			assertThat(access.status()).isEqualTo(202);
			assertThat(tenant.admin.get("volumev3", "/types/" + id + "/os-volume-type-access")
				.get("volume_type_access")
				.path(0)
				.path("project_id")
				.asString()).isEqualTo(tenant.projectId);
			assertThat(tenant.member().get("volumev3", "/types").get("volume_types").findValuesAsString("id"))
				.contains(id);
			assertThat(tenant.admin.get("volumev3", "/types").get("volume_types").findValuesAsString("id"))
				.as("an admin lists public types unless is_public=None")
				.doesNotContain(id);
			assertThat(
					tenant.admin.get("volumev3", "/types?is_public=None").get("volume_types").findValuesAsString("id"))
				.contains(id);
			Response duplicate = tenant.admin.post("volumev3", "/types", Body.of("volume_type", Body.of("name", name)));
			assertThat(duplicate.status()).isEqualTo(409);
			assertThat(duplicate.get("conflictingRequest").path("message").asString())
				.isEqualTo("Volume Type " + name + " already exists.");
		}
	}

	@Test
	void urlProjectMustBeTheTokensProject() {
		try (Tenant tenant = new Tenant()) {
			Session member = tenant.member();
			String foreign = member.endpoint("volumev3").replace(tenant.projectId, tenant.admin.projectId);
			Response response = Session.send("GET", foreign + "/types", null, member.token);
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.get("badRequest").path("message").asString()).isEqualTo("Malformed request url");
		}
	}

	@Test
	void quotaSetsHavePerTypeKeysAndUsage() {
		try (Tenant tenant = new Tenant()) {
			String name = Tenant.unique("ct-type");
			String id = tenant.admin.post("volumev3", "/types", Body.of("volume_type", Body.of("name", name)))
				.get("volume_type")
				.path("id")
				.asString();
			tenant.forgetVolumeTypeLater(id);
			String path = "/os-quota-sets/" + tenant.projectId;
			var limits = tenant.admin.get("volumev3", path).get("quota_set");
			assertThat(limits.path("volumes").asInt()).isEqualTo(10);
			assertThat(limits.path("gigabytes").asInt()).isEqualTo(1000);
			assertThat(limits.path("gigabytes_" + name).asInt()).isEqualTo(-1);
			Response put = tenant.admin.put("volumev3", path,
					Body.of("quota_set", Body.of("gigabytes_" + name, 50, "volumes", 20)));
			assertThat(put.status()).isEqualTo(200);
			assertThat(put.get("quota_set").path("gigabytes_" + name).asInt()).isEqualTo(50);
			var usage = tenant.admin.get("volumev3", path + "?usage=true").get("quota_set");
			assertThat(usage.path("volumes").path("limit").asInt()).isEqualTo(20);
			assertThat(usage.path("volumes").path("in_use").asInt()).isEqualTo(0);
			Response bad = tenant.admin.put("volumev3", path, Body.of("quota_set", Body.of("bogus", 1)));
			assertThat(bad.status()).isEqualTo(400);
			assertThat(bad.get("badRequest").path("message").asString())
				.isEqualTo("Invalid input received: Bad key(s) in quota set: bogus");
			Response member = tenant.member().put("volumev3", path, Body.of("quota_set", Body.of("volumes", 5)));
			assertThat(member.status()).isEqualTo(403);
			tenant.admin.delete("volumev3", path);
		}
	}

}
