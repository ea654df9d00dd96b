package io.stackshift.openstack.client;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.stackshift.openstack.client.OpenStackException.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {

	private static final Request CREATE = new Request("POST", "/v2.0/networks", URI.create("http://n/v2.0/networks"),
			"{}", Map.of(), false);

	private static final Request READ = Request.get("/v2.0/networks/{id}", URI.create("http://n/v2.0/networks/x"));

	@Test
	void readsNeutronErrors() {
		OpenStackException failure = Failures.answered(CREATE, 409, Optional.empty(),
				"""
						{"NeutronError": {"type": "SecurityGroupRuleExists", "message": "Security group rule already exists. Rule id is r1.", "detail": ""}}
						""");
		assertThat(failure.kind()).isEqualTo(Kind.CONFLICT);
		assertThat(failure.errorType()).isEqualTo("SecurityGroupRuleExists");
		assertThat(failure.serviceMessage()).startsWith("Security group rule already exists");
		assertThat(failure.getMessage()).contains("POST /v2.0/networks", "409 SecurityGroupRuleExists");
		assertThat(failure.ambiguous()).isFalse();
		assertThat(failure.retryable()).isFalse();
	}

	@Test
	void quotaRefusalsOfEveryServiceAreOverQuota() {
		assertThat(Failures.answered(CREATE, 409, Optional.empty(),
				"{\"NeutronError\": {\"type\": \"OverQuota\", \"message\": \"Quota exceeded for resources: ['network'].\"}}")
			.kind()).isEqualTo(Kind.OVER_QUOTA);
		assertThat(Failures
			.answered(CREATE, 403, Optional.empty(),
					"{\"forbidden\": {\"code\": 403, \"message\": \"Quota exceeded for cores\"}}")
			.kind()).isEqualTo(Kind.OVER_QUOTA);
		assertThat(Failures.answered(CREATE, 413, Optional.empty(),
				"{\"overLimit\": {\"code\": 413, \"message\": \"VolumeLimitExceeded: Maximum number of volumes allowed (10) exceeded for quota 'volumes'.\"}}")
			.kind()).isEqualTo(Kind.OVER_QUOTA);
	}

	@Test
	void readsKeystoneNovaAndPlainTextErrors() {
		OpenStackException keystone = Failures.answered(READ, 404, Optional.empty(),
				"{\"error\":{\"code\":404,\"message\":\"Could not find project: x.\",\"title\":\"Not Found\"}}");
		assertThat(keystone.kind()).isEqualTo(Kind.NOT_FOUND);
		assertThat(keystone.errorType()).isEqualTo("Not Found");
		assertThat(keystone.serviceMessage()).isEqualTo("Could not find project: x.");
		OpenStackException nova = Failures.answered(READ, 404, Optional.empty(),
				"{\"itemNotFound\": {\"code\": 404, \"message\": \"Flavor x could not be found.\"}}");
		assertThat(nova.errorType()).isEqualTo("itemNotFound");
		OpenStackException proxy = Failures.answered(READ, 502, Optional.empty(), "<html>Bad Gateway</html>");
		assertThat(proxy.kind()).isEqualTo(Kind.SERVER_ERROR);
		assertThat(proxy.serviceMessage()).isEqualTo("<html>Bad Gateway</html>");
	}

	@Test
	void aServerErrorOnACreateIsAmbiguousAndNotRepeated() {
		OpenStackException failure = Failures.answered(CREATE, 500, Optional.empty(), "");
		assertThat(failure.ambiguous()).isTrue();
		assertThat(failure.retryable()).isFalse();
		assertThat(failure.getMessage()).contains("may have been performed");
	}

	@Test
	void aServerErrorOnAReadIsRepeated() {
		OpenStackException failure = Failures.answered(READ, 500, Optional.empty(), "");
		assertThat(failure.ambiguous()).isFalse();
		assertThat(failure.retryable()).isTrue();
	}

	@Test
	void refusalsWithRetryAfterAreRepeatedEvenForCreates() {
		OpenStackException limited = Failures.answered(CREATE, 429, Optional.of("3"), "");
		assertThat(limited.kind()).isEqualTo(Kind.RATE_LIMITED);
		assertThat(limited.retryable()).isTrue();
		assertThat(limited.ambiguous()).isFalse();
		assertThat(limited.retryAfter()).contains(Duration.ofSeconds(3));
		OpenStackException unavailable = Failures.answered(CREATE, 503, Optional.of("1"), "");
		assertThat(unavailable.retryable()).isTrue();
		assertThat(unavailable.ambiguous()).isFalse();
		assertThat(Failures.answered(CREATE, 503, Optional.empty(), "").ambiguous()).isTrue();
	}

	@Test
	void aCreateThatNeverLeftIsRepeatedOneThatTimedOutIsAmbiguous() {
		OpenStackException refused = Failures.unanswered(CREATE, new ConnectException("Connection refused"));
		assertThat(refused.kind()).isEqualTo(Kind.UNAVAILABLE);
		assertThat(refused.retryable()).isTrue();
		assertThat(refused.ambiguous()).isFalse();
		OpenStackException timedOut = Failures.unanswered(CREATE, new HttpTimeoutException("request timed out"));
		assertThat(timedOut.kind()).isEqualTo(Kind.TRANSPORT);
		assertThat(timedOut.retryable()).isFalse();
		assertThat(timedOut.ambiguous()).isTrue();
		assertThat(Failures.unanswered(READ, new HttpTimeoutException("request timed out")).retryable()).isTrue();
	}

}
