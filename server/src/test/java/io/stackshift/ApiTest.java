package io.stackshift;

import java.util.Map;
import java.util.UUID;

import io.stackshift.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of API tests: the whole service on a random port, on a real (embedded) PostgreSQL,
 * with a staff user to set the scene. Every test names what it creates uniquely, so tests
 * share one database without seeing each other's data as their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "stackshift.embedded-db.ephemeral=true", "stackshift.admin.username=root-admin",
				"stackshift.admin.password=root-admin-password", "stackshift.auth.failures-before-delay=3" })
public abstract class ApiTest {

	@LocalServerPort
	protected int port;

	/** Authenticated as the bootstrap staff user. */
	protected ApiClient staff;

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

	protected static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Creates a user with a password and returns a client logged in as that user. */
	protected ApiClient user(String prefix) {
		String username = unique(prefix);
		Response created = this.staff.post("/api/users/",
				Map.of("username", username, "password", "pass-" + username, "full_name", prefix + " user"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return this.staff.as(login(username, "pass-" + username));
	}

	protected String uuidOf(ApiClient client) {
		return client.get("/api/users/me/").field("uuid");
	}

}
