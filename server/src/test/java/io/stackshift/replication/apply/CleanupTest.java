package io.stackshift.replication.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.stackshift.emulator.faults.Fault;
import io.stackshift.emulator.faults.FaultRule;
import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.Networking;
import io.stackshift.replication.plan.Plan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cleanup leaves the destination as it was before the execution, whether the execution
 * completed or failed half-way.
 */
class CleanupTest {

	@RegisterExtension
	static final EmulatedDestination destination = new EmulatedDestination();

	@AfterEach
	void calm() {
		destination.emulator.faults().clear();
	}

	@Test
	void afterACompletedExecution() {
		List<String> before = everything(destination.cloud);
		Plan plan = destination.plan(2, "cleanup-done");
		UUID execution = UUID.randomUUID();
		MemoryJournal journal = new MemoryJournal();
		Executions executions = new Executions(journal);
		assertThat(executions.execute(execution, plan, destination.cloud, SourceTenants.SECRETS, 8).completed())
			.isTrue();
		assertThat(executions.verify(execution, plan, destination.cloud).matches()).isTrue();
		assertThat(everything(destination.cloud)).hasSizeGreaterThan(before.size() + 20);

		List<String> problems = executions.cleanup(execution, plan, destination.cloud);

		assertThat(problems).isEmpty();
		assertThat(everything(destination.cloud)).containsExactlyInAnyOrderElementsOf(before);
		assertThat(journal.load(execution).get("network/n-1").status()).isEqualTo(StepStatus.REMOVED);
	}

	@Test
	void afterAnExecutionThatFailedHalfWay() {
		List<String> before = everything(destination.cloud);
		Plan plan = destination.plan(2, "cleanup-failed");
		UUID execution = UUID.randomUUID();
		MemoryJournal journal = new MemoryJournal();
		destination.emulator.faults().inject(FaultRule.failing("POST", "/v2.0/ports", Fault.UNAVAILABLE, 1.0, null));
		ApplyResult result = destination.apply(journal, execution, plan);
		destination.emulator.faults().clear();
		assertThat(result.status()).isEqualTo(ApplyResult.Status.FAILED);
		assertThat(result.failures()).first().satisfies((failure) -> assertThat(failure.error()).contains("503"));

		List<String> problems = new Cleanup(journal, destination.cloud).run(execution, plan);

		assertThat(problems).isEmpty();
		assertThat(everything(destination.cloud)).containsExactlyInAnyOrderElementsOf(before);
	}

	/** Every object of the cloud, as kind and id, across all projects. */
	static List<String> everything(CloudClient cloud) {
		List<String> all = new ArrayList<>();
		Networking neutron = cloud.networking();
		cloud.identity().listProjects(Map.of()).forEach((p) -> all.add("project " + p.id()));
		neutron.networks().list().forEach((n) -> all.add("network " + n.id()));
		neutron.subnets().list().forEach((s) -> all.add("subnet " + s.id()));
		neutron.routers().list().forEach((r) -> all.add("router " + r.id()));
		neutron.ports().list().forEach((p) -> all.add("port " + p.id()));
		neutron.securityGroups().list().forEach((g) -> all.add("group " + g.id()));
		neutron.securityGroupRules().list().forEach((r) -> all.add("rule " + r.id()));
		return all;
	}

}
