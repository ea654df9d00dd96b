package io.stackshift.replication.verify;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.stackshift.openstack.client.SecurityGroupRule;
import io.stackshift.replication.plan.Action;
import io.stackshift.replication.plan.Kind;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.plan.Step;

/**
 * Objects in the destination project that no step accounts for: a duplicate left by a
 * lost answer shows up here.
 */
final class Extras {

	private final Plan plan;

	private final Map<String, String> ids;

	private final DestinationState state;

	private final List<Difference> differences;

	Extras(Plan plan, Map<String, String> ids, DestinationState state, List<Difference> differences) {
		this.plan = plan;
		this.ids = ids;
		this.state = state;
		this.differences = differences;
	}

	void find() {
		Set<String> known = Verifier.idSet(this.ids);
		unexpected("network", this.state.networks().keySet(), known);
		unexpected("subnet", this.state.subnets().keySet(), known);
		unexpected("router", this.state.routers().keySet(), known);
		unexpected("security group", this.state.groups().keySet(), known);
		unexpected("port",
				this.state.ports()
					.values()
					.stream()
					.filter((port) -> port.deviceOwner() == null || !port.deviceOwner().startsWith("network:"))
					.map((port) -> port.id())
					.toList(),
				known);
		for (SecurityGroupRule rule : this.state.rules()) {
			String group = rule.securityGroupId();
			boolean accounted = this.plan.steps()
				.stream()
				.filter((step) -> step.kind() == Kind.SECURITY_GROUP_RULE && step.action() != Action.DELETE)
				.anyMatch(
						(step) -> group.equals(this.ids.get(step.parent())) && ruleOf(step).equals(RuleTuple.of(rule)));
			if (!accounted) {
				this.differences.add(new Difference("extra/security group rule", "exists", "no",
						RuleTuple.of(rule) + " in group " + group));
			}
		}
	}

	private RuleTuple ruleOf(Step step) {
		@SuppressWarnings("unchecked")
		Map<String, Object> resolved = (Map<String, Object>) Verifier.resolve(step.attributes(), this.ids);
		return RuleTuple.of(resolved);
	}

	private void unexpected(String kind, Iterable<String> present, Set<String> known) {
		for (String id : present) {
			if (!known.contains(id)) {
				this.differences.add(new Difference("extra/" + kind, "exists", "no", id));
			}
		}
	}

}
