package io.stackshift.replication.apply;

import java.util.Map;
import java.util.UUID;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.Networking;
import io.stackshift.openstack.client.Project;
import io.stackshift.replication.plan.Action;
import io.stackshift.replication.plan.Kind;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.plan.Step;
import org.assertj.core.api.SoftAssertions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the destination holds after an execution, read through its API: one project tagged
 * for the execution and, in it, exactly as many objects of each kind as the plan makes.
 */
final class Observed {

	private Observed() {
	}

	static Project project(CloudClient cloud, UUID execution) {
		var projects = cloud.identity().listProjects(Map.of("tags", "stackshift-migration-" + execution));
		assertThat(projects).as("projects tagged for the execution").hasSize(1);
		return projects.get(0);
	}

	static void assertExactlyPlanned(CloudClient cloud, UUID execution, Plan plan) {
		Project project = project(cloud, execution);
		Networking neutron = cloud.networking().inProject(project.id());
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(neutron.networks().list()).as("networks").hasSize(count(plan, Kind.NETWORK));
		softly.assertThat(neutron.subnets().list()).as("subnets").hasSize(count(plan, Kind.SUBNET));
		softly.assertThat(neutron.routers().list()).as("routers").hasSize(count(plan, Kind.ROUTER));
		softly.assertThat(neutron.securityGroups().list())
			.as("security groups")
			.hasSize(count(plan, Kind.SECURITY_GROUP));
		softly.assertThat(neutron.ports().list(Map.of("device_owner", "network:router_interface")))
			.as("router interfaces")
			.hasSize(count(plan, Kind.ROUTER_INTERFACE));
		softly.assertThat(neutron.ports().list())
			.filteredOn((port) -> port.deviceOwner() == null || !port.deviceOwner().startsWith("network:"))
			.as("ports")
			.hasSize(count(plan, Kind.PORT));
		long rulesKept = plan.steps()
			.stream()
			.filter((step) -> step.kind() == Kind.SECURITY_GROUP_RULE && step.action() != Action.DELETE)
			.count();
		softly.assertThat(neutron.securityGroupRules().list()).as("rules").hasSize((int) rulesKept);
		Step user = plan.step("user").orElseThrow();
		softly.assertThat(cloud.identity().findUser(user.name(), null))
			.as("user")
			.hasValueSatisfying((found) -> assertThat(found.defaultProjectId()).isEqualTo(project.id()));
		softly.assertAll();
	}

	static int count(Plan plan, Kind kind) {
		return (int) plan.steps().stream().filter((step) -> step.kind() == kind).count();
	}

}
