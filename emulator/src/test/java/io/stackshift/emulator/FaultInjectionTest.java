package io.stackshift.emulator;

import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

import io.stackshift.emulator.faults.Fault;
import io.stackshift.emulator.faults.FaultPlan;
import io.stackshift.emulator.faults.FaultRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fault injection as a client experiences it, set from code and from the admin endpoint.
 */
class FaultInjectionTest {

	private EmulatedCloud cloud;

	private Client client;

	@BeforeEach
	void start() {
		this.cloud = EmulatedCloud.start();
		this.client = new Client(this.cloud).login();
	}

	@AfterEach
	void stop() {
		this.cloud.close();
	}

	private int networksNamed(String name) {
		return this.client.get("/v2.0/networks?name=" + name).body().path("networks").size();
	}

	@Test
	void errorsAreAnsweredWithoutDoingAnything() {
		this.cloud.faults().inject(FaultRule.failing("POST", "/v2.0/networks", Fault.ERROR, 1.0, 1));
		Client.Answer failed = this.client.post("/v2.0/networks", "{\"network\":{\"name\":\"n\"}}");
		assertThat(failed.status()).isEqualTo(500);
		assertThat(networksNamed("n")).isZero();
		assertThat(this.client.post("/v2.0/networks", "{\"network\":{\"name\":\"n\"}}").status())
			.as("the rule allowed one fault only")
			.isEqualTo(201);
	}

	@Test
	void performedButFailedCreatesAndAnswers500() {
		this.cloud.faults().inject(FaultRule.failing("POST", "/v2.0/networks", Fault.PERFORMED_BUT_FAILED, 1.0, 1));
		assertThat(this.client.post("/v2.0/networks", "{\"network\":{\"name\":\"ghost\"}}").status()).isEqualTo(500);
		assertThat(networksNamed("ghost")).as("the create happened anyway").isEqualTo(1);
	}

	@Test
	void unavailableAndThrottled() {
		this.cloud.faults().inject(FaultRule.failing("GET", "/v2.0/ports", Fault.UNAVAILABLE, 1.0, 1));
		assertThat(this.client.get("/v2.0/ports").status()).isEqualTo(503);
		this.cloud.faults().inject(FaultRule.throttling("GET", "/v2.0/ports", 1.0, 7, 1));
		Client.Answer throttled = this.client.get("/v2.0/ports");
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).contains("7");
		assertThat(this.client.get("/v2.0/ports").status()).isEqualTo(200);
	}

	@Test
	void droppedConnectionGivesTheClientAnIoError() {
		// A POST, because the JDK client silently retries an idempotent GET once.
		this.cloud.faults().inject(FaultRule.failing("POST", "/v2.0/networks", Fault.DROPPED, 1.0, 1));
		assertThatThrownBy(() -> this.client.post("/v2.0/networks", "{\"network\":{\"name\":\"lost\"}}"))
			.isInstanceOf(UncheckedIOException.class);
		assertThat(networksNamed("lost")).isZero();
	}

	@Test
	void slowAnswerOutlivesTheClientTimeout() {
		this.cloud.faults().inject(FaultRule.slow("GET", "/v2.0/routers", 1.0, 2_000, 1));
		assertThatThrownBy(() -> this.client.sendOrFail("GET", "/v2.0/routers", null, Duration.ofMillis(300)))
			.isInstanceOf(HttpTimeoutException.class);
	}

	@Test
	void latencyGrowsWithTheObjectsOfABulkCall() {
		this.cloud.faults()
			.replace(new FaultPlan(List.of(FaultRule.latency("POST", "/v2.0/networks", 20, 30, 0)), 0, null));
		long single = timed(() -> this.client.post("/v2.0/networks", "{\"network\":{\"name\":\"a\"}}"));
		long bulk = timed(() -> this.client.post("/v2.0/networks",
				"{\"networks\":[{\"name\":\"b\"},{\"name\":\"c\"},{\"name\":\"d\"},{\"name\":\"e\"}]}"));
		assertThat(single).isBetween(50L, 400L);
		assertThat(bulk).isBetween(140L, 600L);
	}

	@Test
	void concurrencyCapQueuesCalls() throws InterruptedException {
		this.cloud.faults().replace(new FaultPlan(List.of(FaultRule.latency("GET", "*", 200, 0, 0)), 1, null));
		long started = System.nanoTime();
		Thread other = new Thread(() -> this.client.get("/v2.0/networks"));
		other.start();
		this.client.get("/v2.0/subnets");
		other.join();
		assertThat(Duration.ofNanos(System.nanoTime() - started).toMillis()).as("two calls, one worker")
			.isGreaterThanOrEqualTo(390);
	}

	@Test
	void faultsAreSetThroughTheAdminEndpoint() {
		Client.Answer set = this.client.put("/_emulator/faults",
				"{\"rules\":[{\"method\":\"POST\",\"path\":\"/v2.0/routers\",\"errorRate\":1.0,\"times\":1}]}");
		assertThat(set.status()).isEqualTo(200);
		assertThat(set.body().path("rules").path(0).path("path").asString()).isEqualTo("/v2.0/routers");
		assertThat(this.client.post("/v2.0/routers", "{\"router\":{\"name\":\"r\"}}").status()).isEqualTo(500);
		assertThat(this.client.post("/v2.0/routers", "{\"router\":{\"name\":\"r\"}}").status()).isEqualTo(201);
		assertThat(this.client.delete("/_emulator/faults").status()).isEqualTo(204);
		assertThat(this.cloud.faults().plan().rules()).isEmpty();
		Client.Answer preset = this.client.put("/_emulator/faults", "{\"preset\":\"harness-latency\"}");
		assertThat(preset.body().path("maxConcurrent").asInt()).isEqualTo(4);
		Client.Answer bad = this.client.put("/_emulator/faults", "{\"rules\":\"nope\"}");
		assertThat(bad.status()).isEqualTo(400);
	}

	@Test
	void statsCountByTemplateAndStatus() {
		this.client.get("/v2.0/networks");
		this.client.get("/v2.0/networks/does-not-exist");
		this.client.get("/v2.0/networks/also-missing");
		assertThat(this.cloud.stats().count("GET", "/v2.0/networks")).isEqualTo(1);
		assertThat(this.cloud.stats().count("GET", "/v2.0/networks/{id}")).isEqualTo(2);
		Client.Answer stats = this.client.get("/_emulator/stats");
		assertThat(stats.body().path("requests").path("GET /v2.0/networks/{id}").asInt()).isEqualTo(2);
		assertThat(stats.body().path("statuses").path("404").asInt()).isEqualTo(2);
		assertThat(stats.body().path("requests").path("POST /v3/auth/tokens").asInt()).isEqualTo(1);
		assertThat(this.client.delete("/_emulator/stats").status()).isEqualTo(204);
		assertThat(this.cloud.stats().total()).isZero();
	}

	private static long timed(Runnable call) {
		long started = System.nanoTime();
		call.run();
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

}
