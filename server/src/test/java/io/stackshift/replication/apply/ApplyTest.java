package io.stackshift.replication.apply;

import java.util.Map;
import java.util.UUID;

import io.stackshift.openstack.client.Networking;
import io.stackshift.replication.plan.Kind;
import io.stackshift.replication.plan.Plan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole plan applied to an emulated destination, observed through its API.
 */
class ApplyTest {

	private static EmulatedDestination destination;

	@BeforeAll
	static void start() {
		destination = new EmulatedDestination();
	}

	@AfterAll
	static void stop() {
		destination.close();
	}

	@Test
	void everyPlannedObjectExistsOnceInTheNewProject() {
		Plan plan = destination.plan(3, "full-apply");
		UUID execution = UUID.randomUUID();

		ApplyResult result = destination.apply(new MemoryJournal(), execution, plan);

		assertThat(result.status()).as(result.summary()).isEqualTo(ApplyResult.Status.COMPLETED);
		String project = result.checkpoints().get("project").outcome().objectId();
		Networking neutron = destination.cloud.networking().inProject(project);
		assertThat(neutron.networks().list()).hasSize(count(plan, Kind.NETWORK));
		assertThat(neutron.subnets().list()).hasSize(count(plan, Kind.SUBNET));
		assertThat(neutron.routers().list()).hasSize(count(plan, Kind.ROUTER));
		assertThat(neutron.securityGroups().list()).hasSize(count(plan, Kind.SECURITY_GROUP));
		assertThat(neutron.ports().list(Map.of("device_owner", "compute:nova"))).hasSize(0);
		assertThat(neutron.ports().list()).filteredOn((port) -> port.macAddress().startsWith("fa:16:3e:00:"))
			.hasSize(count(plan, Kind.PORT));
	}

	private static int count(Plan plan, Kind kind) {
		return (int) plan.steps().stream().filter((step) -> step.kind() == kind).count();
	}

}
