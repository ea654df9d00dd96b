package io.stackshift.identity;

import java.util.Map;

import io.stackshift.ApiClient;
import io.stackshift.ApiClient.Response;
import io.stackshift.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class AuthenticationTests extends ApiTest {

	@Test
	void requestsAreLoggedWithoutPasswordsOrTokens(CapturedOutput output) {
		ApiClient user = user("logged");
		String username = user.get("/api/users/me/").field("username");
		String token = login(username, "pass-" + username);
		user.as(token).get("/api/customers/?secret_probe=1");
		assertThat(output).contains("method=GET path=/api/customers/ status=200")
			.contains("user=" + username)
			.contains("path=/api-auth/password/ status=200")
			.doesNotContain("pass-" + username)
			.doesNotContain(token)
			.doesNotContain("secret_probe");
	}

	@Test
	void aPasswordBuysATokenThatAuthenticatesRequests() {
		Response me = this.staff.get("/api/users/me/");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.field("username")).isEqualTo("root-admin");
		assertThat(me.json().get("is_staff").asBoolean()).isTrue();
		assertThat(me.text()).doesNotContain("password");
	}

	@Test
	void wrongCredentialsAreA400WithAClearMessage() {
		Response response = this.staff.anonymous()
			.post("/api-auth/password/", Map.of("username", "root-admin", "password", "wrong-password"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("non_field_errors").get(0).asString())
			.isEqualTo("Unable to log in with provided credentials.");
	}

	@Test
	void missingFieldsAreNamed() {
		Response response = this.staff.anonymous().post("/api-auth/password/", Map.of("username", "x"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("password").get(0).asString()).isEqualTo("This field is required.");
	}

	@Test
	void repeatedFailuresAreSlowedDown() {
		ApiClient user = user("slow");
		String username = user.get("/api/users/me/").field("username");
		for (int i = 0; i < 3; i++) {
			assertThat(user.anonymous()
				.post("/api-auth/password/", Map.of("username", username, "password", "bad-" + i))
				.status()).isEqualTo(400);
		}
		Response throttled = user.anonymous()
			.post("/api-auth/password/", Map.of("username", username, "password", "pass-" + username));
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.header("Retry-After")).isNotNull();
		assertThat(throttled.field("detail")).startsWith("Too many failed login attempts.");
	}

	@Test
	void requestsWithoutCredentialsAre401() {
		Response response = this.staff.anonymous().get("/api/customers/");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.field("detail")).isEqualTo("Authentication credentials were not provided.");
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Token");
	}

	@Test
	void anUnknownTokenIs401() {
		Response response = this.staff.as("0123456789abcdef0123456789abcdef01234567").get("/api/customers/");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.field("detail")).isEqualTo("Invalid token.");
	}

	@Test
	void logoutRevokesTheToken() {
		ApiClient user = user("leaving");
		assertThat(user.post("/api-auth/logout/", null).status()).isEqualTo(204);
		assertThat(user.get("/api/users/me/").status()).isEqualTo(401);
	}

	@Test
	void changingAPasswordEndsSessions() {
		ApiClient user = user("rotating");
		String uuid = uuidOf(user);
		Response changed = user.post("/api/users/" + uuid + "/password/", Map.of("password", "a-new-long-password"));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(user.get("/api/users/me/").status()).isEqualTo(401);
	}

	@Test
	void healthIsOpen() {
		Response health = this.staff.anonymous().get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.field("status")).isEqualTo("UP");
	}

}
