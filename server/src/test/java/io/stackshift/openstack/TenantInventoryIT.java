package io.stackshift.openstack;

import java.util.Map;

import io.stackshift.ApiClient.Response;
import io.stackshift.ApiTest;
import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.CloudCredentials;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import against a real OpenStack (the harness in CI:
 * {@code STACKSHIFT_IT_AUTH_URL=http://127.0.0.1:5000/v3 ./mvnw -pl server verify}): the
 * {@link RealisticTenant}, built with the client in a project of its own, imported
 * through the API, compared with the cloud's own listing, then deleted. Skipped without
 * that variable.
 */
class TenantInventoryIT extends ApiTest {

	@Test
	void anImportedTenantShowsWhatTheRealCloudLists() {
		String authUrl = System.getenv("STACKSHIFT_IT_AUTH_URL");
		Assumptions.assumeTrue(authUrl != null, "STACKSHIFT_IT_AUTH_URL is not set: no real OpenStack to test against");
		String username = env("STACKSHIFT_IT_USERNAME", "admin");
		String password = env("STACKSHIFT_IT_PASSWORD", "admin-secret");
		String adminProject = env("STACKSHIFT_IT_PROJECT", "admin");
		CloudClient admin = new CloudClient(
				CloudCredentials.of(authUrl, username, password).projectName(adminProject, "Default").build());
		RealisticTenant tenant = RealisticTenant.inNewProject(admin, unique("ss-inventory-it"),
				"stackshift inventory test");
		try {
			tenant.build();
			Map<String, Object> settings = cloudSettings(unique("harness"), authUrl);
			settings.putAll(Map.of("username", username, "password", password, "tenant_name", adminProject));
			String cloud = created(this.staff.post("/api/service-settings/", settings));
			String customer = created(this.staff.post("/api/customers/", Map.of("name", unique("org"))));
			String project = created(
					this.staff.post("/api/projects/", Map.of("customer", customer, "name", unique("project"))));
			String offering = created(this.staff.post("/api/marketplace-provider-offerings/",
					Map.of("name", unique("offering"), "customer", customer, "scope", cloud)));
			Response imported = this.staff.post("/api/marketplace-provider-offerings/" + offering + "/import_resource/",
					Map.of("backend_id", tenant.projectId(), "project", project));
			assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
			CloudMirror mirror = new CloudMirror(this.staff, imported.field("resource_uuid"), tenant.neutron());
			mirror.assertSame();
			assertThat(mirror.listed("openstack-networks")).hasSizeGreaterThanOrEqualTo(3);
			assertThat(mirror.listed("openstack-routers")).hasSize(2);
		}
		finally {
			tenant.cleanUp();
		}
	}

}
