package io.stackshift.openstack.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.stackshift.emulator.EmulatedCloud;
import io.stackshift.emulator.faults.Fault;
import io.stackshift.emulator.faults.FaultRule;
import io.stackshift.openstack.client.OpenStackException.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Retries and ambiguity against the emulated cloud's fault injection: what the client
 * repeats, what it reports as possibly performed, and what the cloud holds afterwards.
 */
class EmulatorFaultsTest {

	private static final String NETWORKS = "/v2.0/networks";

	private static EmulatedCloud emulator;

	private static CloudClient cloud;

	@BeforeAll
	static void start() {
		emulator = EmulatedCloud.start();
		cloud = new CloudClient(
				CloudCredentials.of(emulator.authUrl(), EmulatedCloud.ADMIN_USER, EmulatedCloud.ADMIN_PASSWORD)
					.projectName(EmulatedCloud.ADMIN_PROJECT, "Default")
					.requestTimeout(Duration.ofMillis(700))
					.build(),
				CloudTestProject.quickRetries());
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@AfterEach
	void clearFaultsAndNetworks() {
		emulator.faults().clear();
		NeutronResources<Network> networks = cloud.networking().networks();
		networks.list(Map.of("router:external", false)).forEach((network) -> networks.delete(network.id()));
		emulator.stats().reset();
	}

	private static void next(String method, String path, Fault fault, int times) {
		emulator.faults().inject(FaultRule.failing(method, path, fault, 1.0, times));
	}

	private static List<String> networksNamed(String name) {
		return cloud.networking().networks().list(Map.of("name", name)).stream().map(Network::id).toList();
	}

	@Test
	void aCreatePerformedButAnsweredWithAnErrorIsAmbiguousAndNotRepeated() {
		next("POST", NETWORKS, Fault.PERFORMED_BUT_FAILED, 1);
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> cloud.networking().networks().create(Network.named("performed")))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.SERVER_ERROR);
				assertThat(ex.ambiguous()).isTrue();
			});
		assertThat(emulator.stats().count("POST", NETWORKS)).isEqualTo(1);
		assertThat(networksNamed("performed")).hasSize(1);
	}

	@Test
	void aBulkCreatePerformedButAnsweredWithAnErrorLeavesAllForTheCallerToFind() {
		next("POST", NETWORKS, Fault.PERFORMED_BUT_FAILED, 1);
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> cloud.networking()
				.networks()
				.createAll(List.of(Network.named("bulk-performed"), Network.named("bulk-performed"))))
			.satisfies((ex) -> assertThat(ex.ambiguous()).isTrue());
		assertThat(networksNamed("bulk-performed")).hasSize(2);
	}

	@Test
	void aCreateWhoseConnectionDroppedIsAmbiguousAndNotRepeated() {
		next("POST", NETWORKS, Fault.DROPPED, 1);
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> cloud.networking().networks().create(Network.named("dropped")))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.TRANSPORT);
				assertThat(ex.ambiguous()).isTrue();
			});
		assertThat(networksNamed("dropped")).isEmpty();
	}

	@Test
	void aCreateAnswered503WithoutRetryAfterIsAmbiguous() {
		next("POST", NETWORKS, Fault.UNAVAILABLE, 1);
		assertThatExceptionOfType(OpenStackException.class)
			.isThrownBy(() -> cloud.networking().networks().create(Network.named("unavailable")))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.UNAVAILABLE);
				assertThat(ex.ambiguous()).isTrue();
			});
		assertThat(emulator.stats().count("POST", NETWORKS)).isEqualTo(1);
	}

	@Test
	void aThrottledCreateWaitsAndIsRepeatedOnce() {
		next("POST", NETWORKS, Fault.THROTTLED, 1);
		long started = System.nanoTime();
		Network created = cloud.networking().networks().create(Network.named("throttled"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(networksNamed("throttled")).containsExactly(created.id());
		assertThat(emulator.stats().count("POST", NETWORKS)).isEqualTo(2);
	}

	@Test
	void readsAreRepeatedThroughErrorsDropsAndSlowAnswers() {
		Network network = cloud.networking().networks().create(Network.named("read-me"));
		next("GET", NETWORKS + "*", Fault.ERROR, 1);
		assertThat(networksNamed("read-me")).containsExactly(network.id());
		next("GET", NETWORKS + "*", Fault.DROPPED, 1);
		assertThat(cloud.networking().networks().get(network.id()).name()).isEqualTo("read-me");
		emulator.faults().inject(new FaultRule("GET", NETWORKS + "*", 0, 0, 0, 0, 0, 0, null, 0, 1.0, 1500L, 0, 1));
		assertThat(cloud.networking().networks().get(network.id()).name()).isEqualTo("read-me");
	}

	@Test
	void aDeletePerformedButAnsweredWithAnErrorEndsWhenTheObjectIsGone() {
		Network network = cloud.networking().networks().create(Network.named("delete-me"));
		next("DELETE", NETWORKS + "/*", Fault.PERFORMED_BUT_FAILED, 1);
		cloud.networking().networks().delete(network.id());
		assertThat(emulator.stats().count("DELETE", NETWORKS + "/{id}")).isEqualTo(2);
		assertThat(networksNamed("delete-me")).isEmpty();
	}

}
