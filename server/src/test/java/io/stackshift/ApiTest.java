package io.stackshift;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.stackshift.ApiClient.Response;
import io.stackshift.emulator.EmulatedCloud;
import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.CloudCredentials;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of API tests: the whole service on a random port, on a real (embedded) PostgreSQL,
 * with a staff user to set the scene. Every test names what it creates uniquely, so tests
 * share one database without seeing each other's data as their own.
 */
@TestPropertySource(properties = "stackshift.inventory.refresh-interval=0")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "stackshift.embedded-db.ephemeral=true", "stackshift.demo.enabled=false",
				"stackshift.admin.username=root-admin", "stackshift.admin.password=root-admin-password",
				"stackshift.auth.failures-before-delay=3" })
public abstract class ApiTest {

	@LocalServerPort
	protected int port;

	/** Authenticated as the bootstrap staff user. */
	protected ApiClient staff;

	/**
	 * One emulated OpenStack cloud for the whole test run (started on first use, stopped
	 * with the JVM): registering settings checks them against a cloud, so tests register
	 * this one.
	 */
	private static EmulatedCloud cloud;

	protected static synchronized EmulatedCloud cloud() {
		if (cloud == null) {
			EmulatedCloud started = EmulatedCloud.start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::close));
			cloud = started;
		}
		return cloud;
	}

	/**
	 * Service settings for the emulated cloud, as an operator registers them; tests
	 * change what they need.
	 */
	protected static Map<String, Object> cloudSettings(String name) {
		return cloudSettings(name, cloud().authUrl());
	}

	/** Settings for another emulated cloud (one seeded with a topology, say). */
	protected static Map<String, Object> cloudSettings(String name, String authUrl) {
		Map<String, Object> body = new HashMap<>();
		body.putAll(
				Map.of("name", name, "type", "OpenStack", "backend_url", authUrl, "username", EmulatedCloud.ADMIN_USER,
						"password", EmulatedCloud.ADMIN_PASSWORD, "tenant_name", EmulatedCloud.ADMIN_PROJECT, "domain",
						"Default", "project_domain", "Default", "shared", true, "endpoint_interface", "public"));
		return body;
	}

	/**
	 * The cloud admin's client of an emulated cloud, to look at it through its own API.
	 */
	protected static CloudClient admin(EmulatedCloud cloud) {
		return new CloudClient(
				CloudCredentials.of(cloud.authUrl(), EmulatedCloud.ADMIN_USER, EmulatedCloud.ADMIN_PASSWORD)
					.projectName(EmulatedCloud.ADMIN_PROJECT, "Default")
					.build());
	}

	/** Registers the emulated cloud (shared) and returns the settings' UUID. */
	protected String registerCloud() {
		return created(this.staff.post("/api/service-settings/", cloudSettings(unique("cloud"))));
	}

	@BeforeEach
	void connect() {
		this.staff = new ApiClient("http://127.0.0.1:" + this.port, null)
			.as(login("root-admin", "root-admin-password"));
	}

	protected String login(String username, String password) {
		Response response = new ApiClient("http://127.0.0.1:" + this.port, null).post("/api-auth/password/",
				Map.of("username", username, "password", password));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.field("token");
	}

	/**
	 * An environment variable of the integration tests, or the fallback when unset or
	 * blank.
	 */
	protected static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	protected static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Creates a user with a password and returns a client logged in as that user. */
	protected ApiClient user(String prefix) {
		return user(prefix, Map.of());
	}

	protected ApiClient user(String prefix, Map<String, Object> attributes) {
		String username = unique(prefix);
		Map<String, Object> body = new HashMap<>(attributes);
		body.putAll(Map.of("username", username, "password", "pass-" + username, "full_name", prefix + " user"));
		created(this.staff.post("/api/users/", body));
		return this.staff.as(login(username, "pass-" + username));
	}

	/** A new user holding {@code role} on a customer or project ({@code collection}). */
	protected ApiClient member(String scopeUuid, String collection, String role, String prefix) {
		ApiClient user = user(prefix);
		Response granted = this.staff.post("/api/" + collection + "/" + scopeUuid + "/add_user/",
				Map.of("user", uuidOf(user), "role", role));
		assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
		return user;
	}

	/** An organisation, a project and someone in every role. */
	protected Scene scene() {
		return Scene.build(this);
	}

	/**
	 * Calls the API as everyone in the scene and checks each status: the permission
	 * matrix in one place, so a failing cell names the role.
	 */
	protected static void assertMatrix(Scene scene, java.util.function.Function<ApiClient, Response> call,
			Map<String, Integer> expected) {
		assertThat(expected.keySet()).containsExactlyInAnyOrder(Scene.ROLES);
		Map<String, Integer> actual = new java.util.LinkedHashMap<>();
		Map<String, String> bodies = new java.util.LinkedHashMap<>();
		for (String role : Scene.ROLES) {
			Response response = call.apply(scene.as(role));
			actual.put(role, response.status());
			bodies.put(role, response.text());
		}
		assertThat(actual).as(bodies.toString()).containsExactlyInAnyOrderEntriesOf(expected);
	}

	/** The first message given for {@code field} in a 400 answer. */
	protected static String error(Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().has(field)).as(response.toString()).isTrue();
		return response.json().get(field).get(0).asString();
	}

	/** Asserts a 201 and returns the new object's UUID. */
	protected String created(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.field("uuid");
	}

	protected String uuidOf(ApiClient client) {
		return client.get("/api/users/me/").field("uuid");
	}

}
