package io.stackshift.replication.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.stackshift.openstack.client.SecurityGroup;
import io.stackshift.replication.plan.Action;
import io.stackshift.replication.plan.Step;

/**
 * Security groups: the ones to create in one bulk call, and the project's {@code default}
 * group adopted (listing the project's groups makes Neutron create it). A lost answer is
 * resolved by name and description among the groups no step claimed.
 */
final class SecurityGroupPerformer implements Performer {

	@Override
	public Map<String, StepOutcome> perform(List<Step> steps, Destination destination) {
		Map<String, StepOutcome> outcomes = new LinkedHashMap<>();
		List<Step> creates = new ArrayList<>();
		for (Step step : steps) {
			if (step.action() == Action.ADOPT) {
				outcomes.put(step.key(), StepOutcome.adopted(defaultGroup(destination).id()));
			}
			else {
				creates.add(step);
			}
		}
		List<SecurityGroup> specs = creates.stream().map((step) -> {
			Attributes attributes = destination.attributes(step);
			return SecurityGroup.named(attributes.string("name"), attributes.string("description"));
		}).toList();
		List<SecurityGroup> made = destination.networking().securityGroups().createAll(specs);
		destination.claim(made.stream().map(SecurityGroup::id).toList());
		for (int i = 0; i < creates.size(); i++) {
			outcomes.put(creates.get(i).key(), StepOutcome.created(made.get(i).id()));
		}
		return outcomes;
	}

	@Override
	public Map<String, StepOutcome> find(List<Step> steps, Destination destination) {
		Map<String, StepOutcome> outcomes = new LinkedHashMap<>();
		List<SecurityGroup> groups = destination.networking().securityGroups().list();
		for (Step step : steps) {
			if (step.action() == Action.ADOPT) {
				continue;
			}
			Attributes attributes = destination.attributes(step);
			destination
				.claimFirst(groups, SecurityGroup::id,
						(group) -> Objects.equals(group.name(), attributes.string("name")) && Objects.equals(
								Texts.orEmpty(group.description()), Texts.orEmpty(attributes.string("description"))))
				.ifPresent((group) -> outcomes.put(step.key(), StepOutcome.created(group.id())));
		}
		return outcomes;
	}

	private static SecurityGroup defaultGroup(Destination destination) {
		return destination.networking()
			.securityGroups()
			.list(Map.of("name", "default"))
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Neutron made no default group in the new project"));
	}

}
