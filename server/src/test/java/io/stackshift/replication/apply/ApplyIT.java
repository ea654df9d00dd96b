package io.stackshift.replication.apply;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.CloudCredentials;
import io.stackshift.openstack.client.Network;
import io.stackshift.openstack.client.Networking;
import io.stackshift.openstack.client.RetryPolicy;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.verify.VerificationReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apply, verify and clean up against a real OpenStack, e.g. the loopback harness:
 * {@code STACKSHIFT_IT_AUTH_URL=http://127.0.0.1:5000/v3 ./mvnw -pl server verify}.
 * Skipped without that variable.
 */
class ApplyIT {

	@Test
	void aPlanIsAppliedVerifiedAndCleanedUpOnRealOpenStack() {
		String authUrl = System.getenv("STACKSHIFT_IT_AUTH_URL");
		Assumptions.assumeTrue(authUrl != null, "STACKSHIFT_IT_AUTH_URL is not set: no real OpenStack to test against");
		CloudClient cloud = new CloudClient(CloudCredentials.of(authUrl, "admin", "admin-secret")
			.projectName("admin", "Default")
			.maxConcurrentRequests(4)
			.requestTimeout(Duration.ofSeconds(60))
			.build(), RetryPolicy.defaults());
		String external = cloud.networking()
			.networks()
			.list(Map.of("router:external", true))
			.stream()
			.map(Network::id)
			.findFirst()
			.orElse(null);
		String run = UUID.randomUUID().toString().substring(0, 8);
		Plan plan = SourceTenants.plan(2, external, "ss-it-apply-" + run);
		UUID execution = UUID.randomUUID();
		Executions executions = new Executions(new MemoryJournal());

		ApplyResult result = executions.execute(execution, plan, cloud, SourceTenants.SECRETS, 4);
		String project = result.checkpoints().get("project").outcome().objectId();
		try {
			assertThat(result.status()).as(result.summary()).isEqualTo(ApplyResult.Status.COMPLETED);
			Observed.assertExactlyPlanned(cloud, execution, plan);
			VerificationReport report = executions.verify(execution, plan, cloud);
			assertThat(report.matches()).as(report.toString()).isTrue();
		}
		finally {
			List<String> problems = executions.cleanup(execution, plan, cloud);
			assertThat(problems).isEmpty();
		}
		// listed across projects: a listing scoped to the project would make Neutron
		// create a new default group for it
		Networking all = cloud.networking();
		assertThat(all.networks().list()).noneMatch((n) -> project.equals(n.projectId()));
		assertThat(all.ports().list()).noneMatch((p) -> project.equals(p.projectId()));
		assertThat(all.securityGroups().list()).noneMatch((g) -> project.equals(g.projectId()));
		assertThat(all.securityGroupRules().list()).noneMatch((r) -> project.equals(r.projectId()));
		assertThat(cloud.identity().listProjects(Map.of("tags", "stackshift-migration-" + execution))).isEmpty();
	}

}
