package io.stackshift.openstack.client;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.stackshift.openstack.client.ScriptedCloud.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Limits shared by the clients of one cloud, and the life of a token. */
class ThrottleAndTokenTest {

	private static final String NETWORK = "/v2.0/networks/n1";

	private ScriptedCloud cloud;

	@BeforeEach
	void start() throws IOException {
		this.cloud = new ScriptedCloud();
	}

	@AfterEach
	void stop() {
		this.cloud.close();
	}

	@Test
	void twoClientsOfOneCloudShareItsConcurrencyLimit() throws Exception {
		CloudCredentials credentials = this.cloud.credentials().maxConcurrentRequests(2).build();
		List<CloudClient> clients = List.of(new CloudClient(credentials), new CloudClient(credentials));
		for (int i = 0; i < 8; i++) {
			this.cloud.on("GET", NETWORK, Answer.of(200, "{\"network\": {\"id\": \"n1\"}}").after(100));
		}
		ExecutorService callers = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Network>> calls = IntStream.range(0, 8)
				.mapToObj((i) -> (Callable<Network>) () -> clients.get(i % 2).networking().networks().get("n1"))
				.toList();
			for (Future<Network> result : callers.invokeAll(calls)) {
				assertThat(result.get().id()).isEqualTo("n1");
			}
		}
		finally {
			callers.shutdownNow();
		}
		assertThat(this.cloud.mostInFlight()).isEqualTo(2);
	}

	@Test
	void aRateLimitSpacesCallsOut() {
		CloudClient client = new CloudClient(this.cloud.credentials().maxRequestsPerSecond(4.0).build());
		client.projectId();
		long started = System.nanoTime();
		for (int i = 0; i < 9; i++) {
			client.networking().networks().get("n1");
		}
		// 4 permits per second: 9 calls need at least two refills after the first period.
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
	}

	@Test
	void aTokenIsReusedUntilShortlyBeforeItExpires() {
		Instant now = Instant.parse("2026-01-01T10:00:00Z");
		this.cloud.tokensValid(now, now.plus(Duration.ofHours(1)));
		MovableClock clock = new MovableClock(now);
		CloudClient client = new CloudClient(this.cloud.credentials().build(), RetryPolicy.none(), clock);
		client.networking().networks().get("n1");
		clock.advance(Duration.ofMinutes(54));
		client.networking().networks().get("n1");
		assertThat(this.cloud.tokensIssued()).isEqualTo(1);

		clock.advance(Duration.ofMinutes(2));
		this.cloud.tokensValid(clock.instant(), clock.instant().plus(Duration.ofHours(1)));
		client.networking().networks().get("n1");
		client.networking().networks().get("n1");
		assertThat(this.cloud.tokensIssued()).isEqualTo(2);
		assertThat(this.cloud.received("GET", NETWORK)).extracting(ScriptedCloud.Received::token)
			.containsExactly("token-1", "token-1", "token-2", "token-2");
	}

	@Test
	void threadsThatSeeTheirTokenRejectedAuthenticateOnceBetweenThem() throws Exception {
		CloudClient client = new CloudClient(this.cloud.credentials().build(), RetryPolicy.none());
		client.projectId();
		this.cloud.revoke("token-1");
		ExecutorService callers = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Network>> calls = IntStream.range(0, 6)
				.mapToObj((i) -> (Callable<Network>) () -> client.networking().networks().get("n1"))
				.toList();
			for (Future<Network> result : callers.invokeAll(calls)) {
				assertThat(result.get().id()).isEqualTo("n1");
			}
		}
		finally {
			callers.shutdownNow();
		}
		assertThat(this.cloud.tokensIssued()).isEqualTo(2);
	}

	@Test
	void aShortLivedTokenIsStillReused() {
		Instant now = Instant.parse("2026-01-01T10:00:00Z");
		this.cloud.tokensValid(now, now.plus(Duration.ofMinutes(3)));
		MovableClock clock = new MovableClock(now);
		CloudClient client = new CloudClient(this.cloud.credentials().build(), RetryPolicy.none(), clock);
		client.networking().networks().get("n1");
		clock.advance(Duration.ofMinutes(2));
		client.networking().networks().get("n1");
		assertThat(this.cloud.tokensIssued()).isEqualTo(1);
	}

	/** A clock the test moves forward. */
	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
