package io.stackshift.emulator.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotas on the three services: defaults, admin-only updates, usage, enforcement.
 */
class QuotaContractTest {

	@Test
	void neutronDefaultsAndMemberMayOnlyRead() {
		try (Tenant tenant = new Tenant()) {
			Response own = tenant.member().get("network", "/quotas/" + tenant.projectId);
			assertThat(own.status()).isEqualTo(200);
			var quota = own.get("quota");
			assertThat(quota.path("network").asInt()).isEqualTo(100);
			assertThat(quota.path("subnet").asInt()).isEqualTo(100);
			assertThat(quota.path("port").asInt()).isEqualTo(500);
			assertThat(quota.path("router").asInt()).isEqualTo(10);
			assertThat(quota.path("floatingip").asInt()).isEqualTo(50);
			assertThat(quota.path("security_group").asInt()).isEqualTo(10);
			assertThat(quota.path("security_group_rule").asInt()).isEqualTo(100);
			Response update = tenant.member()
				.put("network", "/quotas/" + tenant.projectId, Body.of("quota", Body.of("network", 5)));
			assertThat(update.status()).isEqualTo(403);
			assertThat(update.neutronError()).isEqualTo("PolicyNotAuthorized");
			Response other = tenant.member().get("network", "/quotas/" + tenant.admin.projectId);
			assertThat(other.status()).isEqualTo(403);
		}
	}

	@Test
	void neutronQuotaIsEnforcedWith409() {
		try (Tenant tenant = new Tenant()) {
			Response set = tenant.admin.put("network", "/quotas/" + tenant.projectId,
					Body.of("quota", Body.of("network", 1)));
			assertThat(set.status()).isEqualTo(200);
			assertThat(set.get("quota").path("network").asInt()).isEqualTo(1);
			assertThat(tenant.member().post("network", "/networks", Body.of("network", Body.of("name", "q1"))).status())
				.isEqualTo(201);
			Response over = tenant.member().post("network", "/networks", Body.of("network", Body.of("name", "q2")));
			assertThat(over.status()).isEqualTo(409);
			assertThat(over.neutronError()).isEqualTo("OverQuota");
			assertThat(over.neutronMessage()).isEqualTo("Quota exceeded for resources: ['network'].");
			var details = tenant.admin.get("network", "/quotas/" + tenant.projectId + "/details").get("quota");
			assertThat(details.path("network").path("limit").asInt()).isEqualTo(1);
			assertThat(details.path("network").path("used").asInt()).isEqualTo(1);
			Response bad = tenant.admin.put("network", "/quotas/" + tenant.projectId,
					Body.of("quota", Body.of("bogus", 1)));
			assertThat(bad.status()).isEqualTo(400);
			assertThat(bad.neutronMessage()).isEqualTo("Unrecognized attribute(s) 'bogus'");
		}
	}

	@Test
	void novaQuotaSets() {
		try (Tenant tenant = new Tenant()) {
			String path = "/os-quota-sets/" + tenant.projectId;
			var defaults = tenant.admin.get("compute", path).get("quota_set");
			assertThat(defaults.path("instances").asInt()).isEqualTo(10);
			assertThat(defaults.path("cores").asInt()).isEqualTo(20);
			assertThat(defaults.path("ram").asInt()).isEqualTo(51200);
			assertThat(defaults.path("id").asString()).isEqualTo(tenant.projectId);
			Response put = tenant.admin.put("compute", path, Body.of("quota_set", Body.of("instances", 5)));
			assertThat(put.status()).isEqualTo(200);
			assertThat(put.get("quota_set").path("instances").asInt()).isEqualTo(5);
			var detail = tenant.admin.get("compute", path + "/detail").get("quota_set");
			assertThat(detail.path("instances").path("limit").asInt()).isEqualTo(5);
			assertThat(detail.path("instances").path("in_use").asInt()).isEqualTo(0);
			Response member = tenant.member().put("compute", path, Body.of("quota_set", Body.of("instances", 50)));
			assertThat(member.status()).isEqualTo(403);
			assertThat(member.get("forbidden").path("message").asString())
				.isEqualTo("Policy doesn't allow os_compute_api:os-quota-sets:update to be performed.");
			Response bad = tenant.admin.put("compute", path, Body.of("quota_set", Body.of("bogus", 1)));
			assertThat(bad.status()).isEqualTo(400);
			assertThat(bad.get("badRequest").path("message").asString()).contains("'bogus' was unexpected");
			assertThat(tenant.admin.delete("compute", path).status()).isEqualTo(202);
		}
	}

	@Test
	void flavorsAreListed() {
		Response flavors = ContractCloud.get().admin().get("compute", "/flavors");
		assertThat(flavors.status()).isEqualTo(200);
		assertThat(flavors.get("flavors").isArray()).isTrue();
		Response missing = ContractCloud.get().admin().get("compute", "/flavors/nope");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.get("itemNotFound").path("message").asString()).isEqualTo("Flavor nope could not be found.");
	}

}
