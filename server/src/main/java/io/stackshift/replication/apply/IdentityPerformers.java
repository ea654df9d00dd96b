package io.stackshift.replication.apply;

import java.util.List;
import java.util.Map;

import io.stackshift.openstack.client.Identity;
import io.stackshift.openstack.client.Project;
import io.stackshift.openstack.client.User;
import io.stackshift.replication.plan.Kind;
import io.stackshift.replication.plan.Step;

/**
 * Keystone: the project, tagged with the execution so that it is found by its tag after a
 * lost answer and everything inside it is known to be ours; the user; the user's role.
 */
final class IdentityPerformers {

	private IdentityPerformers() {
	}

	static void register(Map<Kind, Performer> performers) {
		performers.put(Kind.PROJECT, new Single() {

			@Override
			StepOutcome make(Step step, Attributes attributes, Destination destination) {
				Project project = identity(destination)
					.createProject(Project.named(attributes.string("name"), destination.cloud().projectDomainId())
						.withDescription(attributes.string("description"))
						.withTags(List.of(destination.projectTag())));
				return StepOutcome.created(project.id());
			}

			@Override
			StepOutcome look(Step step, Attributes attributes, Destination destination) {
				return identity(destination).listProjects(Map.of("tags", destination.projectTag()))
					.stream()
					.findFirst()
					.map((project) -> StepOutcome.created(project.id()))
					.orElse(null);
			}

		});
		performers.put(Kind.USER, new Single() {

			@Override
			StepOutcome make(Step step, Attributes attributes, Destination destination) {
				User user = new User(null, attributes.string("name"), destination.cloud().projectDomainId(),
						attributes.string("default_project_id"), true, null);
				String password = destination.secrets().reveal(attributes.string("password_ref"));
				return StepOutcome.created(identity(destination).createUser(user, password).id());
			}

			@Override
			StepOutcome look(Step step, Attributes attributes, Destination destination) {
				return identity(destination).findUser(attributes.string("name"), destination.cloud().projectDomainId())
					.filter((user) -> destination.projectId().equals(user.defaultProjectId()))
					.map((user) -> StepOutcome.created(user.id()))
					.orElse(null);
			}

		});
		performers.put(Kind.ROLE_ASSIGNMENT, new Single() {

			@Override
			StepOutcome make(Step step, Attributes attributes, Destination destination) {
				String role = identity(destination).findRole(attributes.string("role"))
					.orElseThrow(() -> new IllegalStateException(
							"the destination has no role named " + attributes.string("role")))
					.id();
				// granting twice changes nothing, so there is nothing to look for
				identity(destination).grantRole(attributes.string("project_id"), attributes.string("user_id"), role);
				return StepOutcome.adopted(role);
			}

			@Override
			StepOutcome look(Step step, Attributes attributes, Destination destination) {
				return null;
			}

		});
	}

	private static Identity identity(Destination destination) {
		return destination.cloud().identity();
	}

	/** A performer of a kind without bulk creates: one call per step. */
	abstract static class Single implements Performer {

		abstract StepOutcome make(Step step, Attributes attributes, Destination destination);

		/** The object an earlier call made for the step, or {@code null}. */
		abstract StepOutcome look(Step step, Attributes attributes, Destination destination);

		@Override
		public Map<String, StepOutcome> perform(List<Step> steps, Destination destination) {
			Map<String, StepOutcome> outcomes = new java.util.LinkedHashMap<>();
			for (Step step : steps) {
				StepOutcome outcome = make(step, destination.attributes(step), destination);
				destination.claim(List.of(outcome.objectId()));
				outcomes.put(step.key(), outcome);
			}
			return outcomes;
		}

		@Override
		public Map<String, StepOutcome> find(List<Step> steps, Destination destination) {
			Map<String, StepOutcome> outcomes = new java.util.LinkedHashMap<>();
			for (Step step : steps) {
				StepOutcome outcome = look(step, destination.attributes(step), destination);
				if (outcome != null) {
					outcomes.put(step.key(), outcome);
				}
			}
			return outcomes;
		}

	}

}
