package io.stackshift.openstack.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.stackshift.openstack.client.OpenStackException.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Tokens: one per client while it lasts, a new one when a service rejects it. */
interface TokenContract extends CloudFixture {

	CloudCredentials credentials();

	@Test
	default void reusesOneTokenForManyCalls() {
		CloudClient fresh = new CloudClient(credentials(), CloudTestProject.quickRetries());
		fresh.identity().getProject(project().id());
		fresh.networking().networks().list();
		fresh.compute().quotas().limits(project().id());
		assertThat(fresh.tokenRequests()).isEqualTo(1);
	}

	@Test
	default void authenticatesOnceMoreWhenTheTokenIsRevoked() throws Exception {
		CloudClient fresh = new CloudClient(credentials(), CloudTestProject.quickRetries());
		String token = fresh.session().current().value();
		HttpResponse<Void> revoked = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(credentials().identityV3() + "/auth/tokens"))
				.header("X-Auth-Token", token)
				.header("X-Subject-Token", token)
				.DELETE()
				.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(revoked.statusCode()).isEqualTo(204);

		assertThat(fresh.identity().getProject(project().id()).id()).isEqualTo(project().id());
		assertThat(fresh.tokenRequests()).isEqualTo(2);
	}

	@Test
	default void aWrongPasswordIsUnauthorizedAndNotRepeatedInTheMessage() {
		CloudCredentials wrong = CloudCredentials
			.of(credentials().authUrl(), credentials().username(), "wrong-" + run())
			.projectName(credentials().projectName(), credentials().projectDomainName())
			.build();
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> new CloudClient(wrong, CloudTestProject.quickRetries()).projectId())
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.UNAUTHORIZED);
				assertThat(ex.getMessage()).doesNotContain("wrong-" + run());
			});
	}

}
