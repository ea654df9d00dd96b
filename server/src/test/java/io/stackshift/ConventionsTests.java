package io.stackshift;

import java.util.Map;

import io.stackshift.ApiClient.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every endpoint shares: error shapes for bad requests, and the published docs. */
class ConventionsTests extends ApiTest {

	@Test
	void malformedJsonIsA400NotA500() {
		Response response = this.staff.postRaw("/api/customers/", "{\"name\": ");
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.field("detail")).startsWith("JSON parse error");
	}

	@Test
	void aWrongTypeNamesTheField() {
		Response response = this.staff.post("/api/customers/", Map.of("name", Map.of("nested", true)));
		assertThat(error(response, "name")).isNotBlank();
	}

	@Test
	void uuidsAreAcceptedWithAndWithoutDashes() {
		String customer = created(this.staff.post("/api/customers/", Map.of("name", unique("org"))));
		assertThat(customer).matches("[0-9a-f]{32}");
		String dashed = customer.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5");
		assertThat(this.staff.get("/api/customers/" + dashed + "/").field("uuid")).isEqualTo(customer);
		Response project = this.staff.post("/api/projects/",
				Map.of("customer", "http://example.org/api/customers/" + dashed + "/", "name", unique("p")));
		assertThat(project.status()).as(project.toString()).isEqualTo(201);
		assertThat(project.field("customer_uuid")).isEqualTo(customer);
	}

	@Test
	void unsupportedMethodsAre405() {
		assertThat(this.staff.delete("/api/roles/").status()).isEqualTo(405);
	}

	@Test
	void theApiIsDescribedByOpenApiAndSwaggerUi() {
		Response schema = this.staff.anonymous().get("/api/schema/");
		assertThat(schema.status()).as(schema.toString()).isEqualTo(200);
		assertThat(schema.json().get("paths").has("/api/marketplace-orders/{uuid}/approve_by_consumer/")).isTrue();
		Response docs = this.staff.anonymous().get("/api/docs/", "text/html");
		assertThat(docs.status()).isEqualTo(302);
		String location = docs.header("Location");
		Response ui = this.staff.anonymous().get(location, "text/html");
		while (ui.status() == 302) {
			location = ui.header("Location");
			ui = this.staff.anonymous().get(location, "text/html");
		}
		assertThat(ui.status()).as(location).isEqualTo(200);
		assertThat(ui.text()).containsIgnoringCase("swagger");
	}

	@Test
	void metricsArePublishedForPrometheus() {
		Response metrics = this.staff.anonymous().get("/actuator/prometheus", "text/plain");
		assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
		assertThat(metrics.text()).contains("http_server_requests");
		assertThat(this.staff.anonymous().get("/actuator/prometheus", "image/png").status()).isEqualTo(406);
	}

}
