package io.stackshift.demo;

import java.util.Map;

import io.stackshift.ApiClient;
import io.stackshift.ApiClient.Response;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick start's demo, as the first user meets it: two clouds registered and offered,
 * and the demo tenant imported and readable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "stackshift.embedded-db.ephemeral=true", "stackshift.demo.enabled=true",
				"stackshift.demo.latency=0ms", "stackshift.demo.keep-state=false",
				"stackshift.admin.username=demo-admin", "stackshift.admin.password=demo-admin-password" })
class DemoTests {

	@LocalServerPort
	private int port;

	private ApiClient admin() {
		ApiClient anonymous = new ApiClient("http://127.0.0.1:" + this.port, null);
		Response login = anonymous.post("/api-auth/password/",
				Map.of("username", "demo-admin", "password", "demo-admin-password"));
		return anonymous.as(login.field("token"));
	}

	@Test
	void twoCloudsAreRegisteredAndOffered() {
		ApiClient admin = admin();
		Response clouds = admin.get("/api/service-settings/");
		assertThat(clouds.json().valueStream().map((cloud) -> cloud.get("name").asString()))
			.containsExactlyInAnyOrder("Demo destination cloud", "Demo source cloud");
		assertThat(clouds.json().valueStream().map((cloud) -> cloud.get("state").asString())).containsOnly("OK");
		Response offerings = admin.get("/api/marketplace-provider-offerings/");
		assertThat(offerings.json().valueStream().map((offering) -> offering.get("name").asString()))
			.containsExactlyInAnyOrder("Demo destination tenants", "Demo source tenants");
		assertThat(offerings.json().valueStream().map((offering) -> offering.get("plans").size())).containsOnly(1);
	}

	@Test
	void theDemoTenantIsImportedIntoTheDemoProject() {
		Response resources = admin().get("/api/marketplace-resources/");
		assertThat(resources.json().size()).isOne();
		assertThat(resources.json().get(0).get("name").asString()).isEqualTo("demo");
		assertThat(resources.json().get(0).get("state").asString()).isEqualTo("OK");
		assertThat(resources.json().get(0).get("project_name").asString()).isEqualTo("Demo Project");
		assertThat(resources.json().get(0).get("limits").size()).isPositive();
		Response orders = admin().get("/api/marketplace-orders/?state=done");
		assertThat(orders.json().findValuesAsString("resource_name")).contains("demo");
	}

}
