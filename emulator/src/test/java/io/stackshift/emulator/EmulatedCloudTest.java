package io.stackshift.emulator;

import java.nio.file.Path;
import java.time.Duration;

import io.stackshift.emulator.http.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Embedding: start fast on a free port, several independent clouds, token expiry,
 * snapshots.
 */
class EmulatedCloudTest {

	@Test
	void startsInWellUnderASecondOnAFreeLoopbackPort() {
		long started = System.nanoTime();
		try (EmulatedCloud cloud = EmulatedCloud.start()) {
			long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
			assertThat(millis).isLessThan(1000);
			assertThat(cloud.authUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v3");
			assertThat(new Client(cloud).login().get("/v3").status()).isEqualTo(200);
		}
	}

	@Test
	void twoCloudsKeepTheirOwnState() {
		try (EmulatedCloud source = EmulatedCloud.start(); EmulatedCloud destination = EmulatedCloud.start()) {
			assertThat(source.port()).isNotEqualTo(destination.port());
			Client src = new Client(source).login();
			Client dst = new Client(destination).login();
			assertThat(src.post("/v2.0/networks", "{\"network\":{\"name\":\"only-in-source\"}}").status())
				.isEqualTo(201);
			assertThat(src.get("/v2.0/networks?name=only-in-source").body().path("networks")).hasSize(1);
			assertThat(dst.get("/v2.0/networks?name=only-in-source").body().path("networks")).isEmpty();
			assertThat(source.adminProjectId()).isNotEqualTo(destination.adminProjectId());
		}
	}

	@Test
	void expiredTokensAreRefused() throws InterruptedException {
		try (EmulatedCloud cloud = EmulatedCloud
			.start(EmulatorOptions.defaults().withTokenLifetime(Duration.ofMillis(300)))) {
			Client client = new Client(cloud).login();
			assertThat(client.get("/v2.0/networks").status()).isEqualTo(200);
			Thread.sleep(400);
			Client.Answer expired = client.get("/v2.0/networks");
			assertThat(expired.status()).isEqualTo(401);
			assertThat(expired.body().path("error").path("title").asString()).isEqualTo("Unauthorized");
		}
	}

	@Test
	void snapshotSurvivesARestart(@TempDir Path directory) {
		Path file = directory.resolve("cloud.json");
		String projectId;
		try (EmulatedCloud cloud = EmulatedCloud.start(EmulatorOptions.defaults().withSnapshot(file))) {
			Client client = new Client(cloud).login();
			client.post("/v2.0/networks", "{\"network\":{\"name\":\"kept\"}}");
			projectId = cloud.adminProjectId();
		}
		assertThat(file).exists();
		try (EmulatedCloud cloud = EmulatedCloud.start(EmulatorOptions.defaults().withSnapshot(file))) {
			assertThat(cloud.adminProjectId()).isEqualTo(projectId);
			Client client = new Client(cloud).login();
			assertThat(client.get("/v2.0/networks?name=kept").body().path("networks")).hasSize(1);
			assertThat(client.get("/v2.0/networks?name=public").body().path("networks")).hasSize(1);
		}
	}

	@Test
	void stateDumpIsJson() {
		try (EmulatedCloud cloud = EmulatedCloud.start()) {
			Client.Answer state = new Client(cloud).get("/_emulator/state");
			assertThat(state.status()).isEqualTo(200);
			assertThat(state.body().path("neutron").path("networks")).hasSize(1);
			assertThat(Json.text(state.body().path("identity").path("projects").path(0), "name")).isEqualTo("admin");
		}
	}

}
