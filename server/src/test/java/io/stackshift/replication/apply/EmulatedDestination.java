package io.stackshift.replication.apply;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.stackshift.emulator.EmulatedCloud;
import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.CloudCredentials;
import io.stackshift.openstack.client.Network;
import io.stackshift.openstack.client.RetryPolicy;
import io.stackshift.replication.plan.Plan;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulated destination cloud with an admin client, and what a test needs to apply
 * plans to it and look at the result through the cloud's API. Registered as a JUnit
 * extension on a static field, it stops the emulator after the test class.
 */
final class EmulatedDestination implements AutoCloseable, AfterAllCallback {

	final EmulatedCloud emulator;

	final CloudClient cloud;

	final String externalNetworkId;

	EmulatedDestination() {
		this.emulator = EmulatedCloud.start();
		this.cloud = new CloudClient(
				CloudCredentials.of(this.emulator.authUrl(), EmulatedCloud.ADMIN_USER, EmulatedCloud.ADMIN_PASSWORD)
					.projectName(EmulatedCloud.ADMIN_PROJECT, "Default")
					.requestTimeout(Duration.ofSeconds(2))
					.maxConcurrentRequests(8)
					.build(),
				new RetryPolicy(4, Duration.ofMillis(10), 2.0, Duration.ofMillis(100), Duration.ofSeconds(2)));
		this.externalNetworkId = this.cloud.networking()
			.networks()
			.list(Map.of("router:external", true))
			.stream()
			.map(Network::id)
			.findFirst()
			.orElseThrow();
	}

	Plan plan(int tiers, String username) {
		return SourceTenants.plan(tiers, this.externalNetworkId, username);
	}

	ApplyExecutor executor(Journal journal, UUID execution) {
		return new ApplyExecutor(journal, new OpenStackScheduling(),
				new StepRunner(this.cloud, execution, SourceTenants.SECRETS), 8);
	}

	ApplyResult apply(Journal journal, UUID execution, Plan plan) {
		return executor(journal, execution).execute(execution, plan);
	}

	/** The destination's own projects and networks, other than the fixture's. */
	List<String> projectNames() {
		return this.cloud.identity().listProjects(Map.of()).stream().map((p) -> p.name()).sorted().toList();
	}

	@Override
	public void close() {
		this.emulator.close();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		close();
	}

}
