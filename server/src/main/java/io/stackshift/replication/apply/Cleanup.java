package io.stackshift.replication.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.Networking;
import io.stackshift.openstack.client.OpenStackException;
import io.stackshift.replication.plan.Action;
import io.stackshift.replication.plan.Kind;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.plan.Step;

/**
 * Removes what an execution made, in reverse dependency order: ports, routes, interfaces,
 * gateways, routers, subnets, networks, rules added to groups that existed, created
 * groups, the user, the project. Each removal is checkpointed, so a cleanup that stops is
 * resumed by running it again. Objects the execution took over are left, except that the
 * new project's {@code default} group goes with the project Neutron made it for. What a
 * lost answer made without being recorded is found in the execution's own project
 * ({@link ProjectSweep}) and removed too.
 */
public final class Cleanup {

	private static final List<Kind> ORDER = List.of(Kind.PORT, Kind.ROUTER_ROUTES, Kind.ROUTER_INTERFACE,
			Kind.ROUTER_GATEWAY, Kind.ROUTER, Kind.SUBNET, Kind.NETWORK, Kind.SECURITY_GROUP_RULE, Kind.SECURITY_GROUP);

	private final Journal journal;

	private final CloudClient cloud;

	public Cleanup(Journal journal, CloudClient cloud) {
		this.journal = journal;
		this.cloud = cloud;
	}

	/**
	 * Removes what the execution made; safe to run again after it stopped or failed.
	 * @return the steps whose objects could not be removed, with why
	 */
	public List<String> run(UUID execution, Plan plan) {
		Map<String, Checkpoint> checkpoints = this.journal.load(execution);
		Optional<String> project = projectOf(execution, checkpoints);
		List<String> problems = new ArrayList<>();
		if (project.isPresent()) {
			Networking neutron = this.cloud.networking().inProject(project.get());
			for (Kind kind : ORDER) {
				for (Step step : plan.steps()) {
					Checkpoint checkpoint = checkpoints.get(step.key());
					if (step.kind() == kind && checkpoint != null && checkpoint.status() == StepStatus.DONE
							&& checkpoint.outcome().created() && removable(step, checkpoints)) {
						remove(execution, step, checkpoint.outcome(), neutron, problems);
					}
				}
			}
			new ProjectSweep(neutron).run(problems);
		}
		removeUser(execution, plan, checkpoints, project, problems);
		project
			.ifPresent((id) -> attempt(execution, "project", () -> this.cloud.identity().deleteProject(id), problems));
		return problems;
	}

	private Optional<String> projectOf(UUID execution, Map<String, Checkpoint> checkpoints) {
		Checkpoint project = checkpoints.get(Destination.PROJECT_KEY);
		if (project != null && project.status() == StepStatus.DONE) {
			return Optional.of(project.outcome().objectId());
		}
		return this.cloud.identity()
			.listProjects(Map.of("tags", "stackshift-migration-" + execution))
			.stream()
			.findFirst()
			.map((found) -> found.id());
	}

	/** A rule goes by itself only from a group we did not make; the others go with it. */
	private static boolean removable(Step step, Map<String, Checkpoint> checkpoints) {
		if (step.kind() != Kind.SECURITY_GROUP_RULE) {
			return true;
		}
		Checkpoint group = checkpoints.get(step.parent());
		return step.action() == Action.CREATE && group != null && group.outcome() != null && !group.outcome().created();
	}

	private void remove(UUID execution, Step step, StepOutcome outcome, Networking neutron, List<String> problems) {
		String id = outcome.objectId();
		Runnable removal = switch (step.kind()) {
			case PORT -> () -> neutron.ports().delete(id);
			case ROUTER_ROUTES -> () -> neutron.routers().setRoutes(id, List.of());
			case ROUTER_INTERFACE -> () -> neutron.routers()
				.removeInterface(outcome.outputs().get("router_id"),
						neutron.ports().get(id).fixedIps().get(0).subnetId());
			case ROUTER_GATEWAY -> () -> neutron.routers().clearGateway(id);
			case ROUTER -> () -> neutron.routers().delete(id);
			case SUBNET -> () -> neutron.subnets().delete(id);
			case NETWORK -> () -> neutron.networks().delete(id);
			case SECURITY_GROUP_RULE -> () -> neutron.securityGroupRules().delete(id);
			case SECURITY_GROUP -> () -> neutron.securityGroups().delete(id);
			default -> () -> {
			};
		};
		attempt(execution, step.key(), removal, problems);
	}

	private void removeUser(UUID execution, Plan plan, Map<String, Checkpoint> checkpoints, Optional<String> project,
			List<String> problems) {
		Checkpoint user = checkpoints.get("user");
		Optional<String> id = (user != null && user.status() == StepStatus.DONE)
				? Optional.of(user.outcome().objectId())
				: plan.step("user")
					.flatMap((step) -> this.cloud.identity().findUser(step.name(), null))
					.filter((found) -> project.isPresent() && project.get().equals(found.defaultProjectId()))
					.map((found) -> found.id());
		id.ifPresent((userId) -> attempt(execution, "user", () -> this.cloud.identity().deleteUser(userId), problems));
	}

	private void attempt(UUID execution, String key, Runnable removal, List<String> problems) {
		try {
			removal.run();
		}
		catch (OpenStackException ex) {
			if (ex.kind() != OpenStackException.Kind.NOT_FOUND) {
				problems.add(key + ": " + ex.getMessage());
				return;
			}
		}
		this.journal.removed(execution, key);
	}

}
