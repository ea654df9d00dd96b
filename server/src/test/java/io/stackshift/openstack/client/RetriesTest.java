package io.stackshift.openstack.client;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.stackshift.openstack.client.OpenStackException.Kind;
import io.stackshift.openstack.client.ScriptedCloud.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What is repeated and what is reported as possibly performed, call by call. */
class RetriesTest {

	private static final String NETWORKS = "/v2.0/networks";

	private static final String NETWORK = "/v2.0/networks/n1";

	private static final String CREATED = "{\"network\": {\"id\": \"n1\", \"name\": \"web\"}}";

	private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(10), 2.0, Duration.ofMillis(40),
			Duration.ofSeconds(2));

	private ScriptedCloud cloud;

	private CloudClient client;

	@BeforeEach
	void start() throws IOException {
		this.cloud = new ScriptedCloud();
		this.client = new CloudClient(this.cloud.credentials().requestTimeout(Duration.ofMillis(500)).build(), FAST);
	}

	@AfterEach
	void stop() {
		this.cloud.close();
	}

	@Test
	void aReadIsRepeatedAfterServerErrorsAndDroppedConnections() {
		this.cloud.on("GET", NETWORK, Answer.of(500, ""), Answer.dropped(), Answer.of(502, "bad gateway"),
				Answer.of(200, CREATED));
		assertThat(this.client.networking().networks().get("n1").name()).isEqualTo("web");
		assertThat(this.cloud.received("GET", NETWORK)).hasSize(4);
	}

	@Test
	void aReadGivesUpAfterTheLastAttempt() {
		this.cloud.on("GET", NETWORK, Answer.of(500, ""), Answer.of(500, ""), Answer.of(500, ""), Answer.of(500, ""),
				Answer.of(200, CREATED));
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> this.client.networking().networks().get("n1"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.SERVER_ERROR);
				assertThat(ex.ambiguous()).isFalse();
			});
		assertThat(this.cloud.received("GET", NETWORK)).hasSize(4);
	}

	@Test
	void aCreateAnsweredWithAServerErrorIsNotRepeatedAndIsAmbiguous() {
		this.cloud.on("POST", NETWORKS, Answer.of(500, "{\"NeutronError\": {\"type\": \"HTTPInternalServerError\"}}"));
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> this.client.networking().networks().create(Network.named("web")))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.SERVER_ERROR);
				assertThat(ex.ambiguous()).isTrue();
				assertThat(ex.method()).isEqualTo("POST");
				assertThat(ex.pathTemplate()).isEqualTo(NETWORKS);
			});
		assertThat(this.cloud.received("POST", NETWORKS)).hasSize(1);
	}

	@Test
	void aCreateWhoseConnectionDroppedOrTimedOutIsAmbiguous() {
		this.cloud.on("POST", NETWORKS, Answer.dropped(), Answer.of(201, CREATED).after(2000));
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> this.client.networking().networks().create(Network.named("web")))
			.satisfies((ex) -> assertThat(ex.ambiguous()).isTrue());
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> this.client.networking().networks().create(Network.named("web")))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.TRANSPORT);
				assertThat(ex.ambiguous()).isTrue();
			});
		assertThat(this.cloud.received("POST", NETWORKS)).hasSize(2);
	}

	@Test
	void aCreateRefusedWithRetryAfterIsRepeatedAfterTheWait() {
		this.cloud.on("POST", NETWORKS, Answer.of(429, "").withHeader("Retry-After", "1"),
				Answer.of(503, "").withHeader("Retry-After", "0"), Answer.of(201, CREATED));
		long started = System.nanoTime();
		assertThat(this.client.networking().networks().create(Network.named("web")).id()).isEqualTo("n1");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(this.cloud.received("POST", NETWORKS)).hasSize(3);
	}

	@Test
	void aRetryAfterLongerThanThePolicyAllowsFailsAtOnce() {
		this.cloud.on("GET", NETWORK, Answer.of(429, "").withHeader("Retry-After", "600"));
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> this.client.networking().networks().get("n1"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.RATE_LIMITED);
				assertThat(ex.retryAfter()).contains(Duration.ofMinutes(10));
			});
		assertThat(this.cloud.received("GET", NETWORK)).hasSize(1);
	}

	@Test
	void aDeleteWhoseFirstAnswerWasLostSucceedsWhenTheObjectIsGone() {
		this.cloud.on("DELETE", NETWORK, Answer.of(504, ""),
				Answer.of(404, "{\"NeutronError\": {\"type\": \"NetworkNotFound\"}}"));
		this.client.networking().networks().delete("n1");
		assertThat(this.cloud.received("DELETE", NETWORK)).hasSize(2);
	}

	@Test
	void aDeleteOfAMissingObjectIsNotFound() {
		this.cloud.on("DELETE", NETWORK, Answer.of(404, "{\"NeutronError\": {\"type\": \"NetworkNotFound\"}}"));
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> this.client.networking().networks().delete("n1"))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("NetworkNotFound"));
	}

	@Test
	void aCreateThatCouldNotConnectIsRepeatedAndNotAmbiguous() {
		this.client.projectId();
		this.cloud.close();
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> this.client.networking().networks().create(Network.named("web")))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.UNAVAILABLE);
				assertThat(ex.ambiguous()).isFalse();
				assertThat(ex.retryable()).isTrue();
				assertThat(ex.getMessage()).doesNotContain("token-1").contains("POST " + NETWORKS);
			});
	}

	@Test
	void aRejectedTokenIsRenewedExactlyOnce() {
		this.cloud.on("GET", NETWORK, Answer.of(401, ""), Answer.of(200, CREATED), Answer.of(401, ""),
				Answer.of(401, ""));
		assertThat(this.client.networking().networks().get("n1").id()).isEqualTo("n1");
		assertThat(this.cloud.received("GET", NETWORK)).extracting(ScriptedCloud.Received::token)
			.containsExactly("token-1", "token-2");

		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> this.client.networking().networks().get("n1"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.UNAUTHORIZED));
		assertThat(this.cloud.tokensIssued()).isEqualTo(3);
	}

	@Test
	void listsFollowNextLinksPageByPage() {
		String next = this.cloud.authUrl().replace("/v3", "") + "/v2.0/networks?limit=1&marker=n1";
		this.cloud.on("GET", NETWORKS,
				Answer.of(200,
						"{\"networks\": [{\"id\": \"n1\"}], \"networks_links\": [{\"rel\": \"next\", \"href\": \""
								+ next + "\"}]}"),
				Answer.of(200, "{\"networks\": [{\"id\": \"n2\"}], \"networks_links\": []}"));
		List<Network> networks = this.client.networking().networks().list(Map.of(), 1);
		assertThat(networks).extracting(Network::id).containsExactly("n1", "n2");
	}

}
