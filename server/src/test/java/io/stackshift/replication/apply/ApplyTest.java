package io.stackshift.replication.apply;

import java.util.Map;
import java.util.UUID;

import java.util.List;

import io.stackshift.openstack.client.Network;
import io.stackshift.openstack.client.Networking;
import io.stackshift.replication.plan.Kind;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.verify.Difference;
import io.stackshift.replication.verify.VerificationReport;
import io.stackshift.replication.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole plan applied to an emulated destination, observed through its API.
 */
class ApplyTest {

	@RegisterExtension
	static final EmulatedDestination destination = new EmulatedDestination();

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
		VerificationReport report = new Verifier(destination.cloud).verify(plan, ids(result));
		assertThat(report.differences()).as(report.toString()).isEmpty();
		assertThat(report.checked()).isGreaterThan(40);
	}

	@Test
	void verificationNamesWhatDiffersFromThePlan() {
		Plan plan = destination.plan(2, "drifted");
		ApplyResult result = destination.apply(new MemoryJournal(), UUID.randomUUID(), plan);
		Map<String, String> ids = ids(result);
		Networking neutron = destination.cloud.networking().inProject(ids.get("project"));
		neutron.subnets().update(ids.get("subnet/s-1"), Map.of("dns_nameservers", List.of("1.1.1.1")));
		neutron.ports().delete(ids.get("port/port-0-1"));
		neutron.networks().create(Network.named("stray"));

		VerificationReport report = new Verifier(destination.cloud).verify(plan, ids);

		assertThat(report.differences()).extracting(Difference::toString)
			.containsExactlyInAnyOrder("subnet/s-1 dns_nameservers: expected [8.8.8.8], found [1.1.1.1]",
					"port/port-0-1 exists: expected yes, found no", "extra/network exists: expected no, found "
							+ neutron.networks().list(Map.of("name", "stray")).get(0).id());
	}

	static Map<String, String> ids(ApplyResult result) {
		Map<String, String> ids = new java.util.HashMap<>();
		result.checkpoints().forEach((key, checkpoint) -> {
			if (checkpoint.outcome() != null) {
				ids.put(key, checkpoint.outcome().objectId());
			}
		});
		return ids;
	}

	private static int count(Plan plan, Kind kind) {
		return (int) plan.steps().stream().filter((step) -> step.kind() == kind).count();
	}

}
