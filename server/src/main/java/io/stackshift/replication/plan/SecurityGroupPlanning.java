package io.stackshift.replication.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.stackshift.replication.plan.DestinationFacts.AutomaticRule;
import io.stackshift.replication.snapshot.SecurityGroupRuleSnapshot;
import io.stackshift.replication.snapshot.SecurityGroupSnapshot;
import io.stackshift.replication.snapshot.Snapshot;

/**
 * Security groups, then their rules. Every group is a step that depends only on the
 * project, and every rule depends on its group and its remote group, so groups that refer
 * to each other in a cycle need no ordering (B17). Remote groups are resolved by source
 * id, never by name (B9). The source's {@code default} group is not created but adopted:
 * the destination's automatic rules the source also has are adopted, the source's other
 * rules created, and the automatic rules the source lacks removed. A created group gets
 * Neutron's automatic egress rules too; those its source group lacks (an operator removed
 * them to restrict egress) are removed as well, or the copy would allow more traffic.
 */
final class SecurityGroupPlanning {

	private final Snapshot snapshot;

	private final AddressTranslation translation;

	private final List<AutomaticRule> automaticDefaultRules;

	private final Draft draft;

	SecurityGroupPlanning(Snapshot snapshot, Scope scope, DestinationFacts destination, Draft draft) {
		this.snapshot = snapshot;
		this.translation = scope.translation();
		this.automaticDefaultRules = destination.automaticDefaultRules();
		this.draft = draft;
	}

	void plan() {
		List<SecurityGroupSnapshot> groups = this.snapshot.securityGroups()
			.stream()
			.sorted(Comparator.comparing(SecurityGroupSnapshot::id))
			.toList();
		Optional<SecurityGroupSnapshot> adopted = groups.stream()
			.filter(SecurityGroupSnapshot::neutronDefault)
			.findFirst();
		for (SecurityGroupSnapshot group : groups) {
			boolean isAdopted = adopted.isPresent() && adopted.get() == group;
			this.draft.add(new Step(Keys.securityGroup(group.id()), Kind.SECURITY_GROUP,
					isAdopted ? Action.ADOPT : Action.CREATE, group.name(), null, group.id(),
					Attributes.of().put("name", group.name()).put("description", group.description()).build(),
					Keys.NEUTRON_READY));
		}
		for (SecurityGroupSnapshot group : groups) {
			boolean isAdopted = adopted.isPresent() && adopted.get() == group;
			group.rules()
				.stream()
				.sorted(Comparator.comparing(SecurityGroupRuleSnapshot::id))
				.forEach((rule) -> rule(group, rule, isAdopted));
		}
		adopted.ifPresent((group) -> removeAutomaticRules(group, lackedBy(group, this.automaticDefaultRules)));
		groups.stream()
			.filter((group) -> adopted.isEmpty() || adopted.get() != group)
			.forEach((group) -> removeAutomaticRules(group, lackedBy(group, automaticRulesOfANewGroup())));
	}

	/** The automatic rules that no rule of the source group matches. */
	private static List<AutomaticRule> lackedBy(SecurityGroupSnapshot group, List<AutomaticRule> automatic) {
		return automatic.stream()
			.filter((candidate) -> group.rules()
				.stream()
				.noneMatch((rule) -> RuleSignature.matches(candidate, rule, group.id())))
			.toList();
	}

	/** Neutron gives a new group the egress rules of a new {@code default} group. */
	private List<AutomaticRule> automaticRulesOfANewGroup() {
		return this.automaticDefaultRules.stream().filter((rule) -> !rule.fromDefaultGroup()).toList();
	}

	private void rule(SecurityGroupSnapshot group, SecurityGroupRuleSnapshot rule, boolean inAdoptedDefault) {
		String key = Keys.securityGroupRule(rule.id());
		if (rule.remoteGroupId() != null && this.snapshot.securityGroup(rule.remoteGroupId()).isEmpty()) {
			this.draft.warn("REMOTE_GROUP_MISSING", key,
					"Rule " + rule.id() + " of group " + group.name() + " refers to group " + rule.remoteGroupId()
							+ ", which is not in the source tenant; it is dropped.");
			return;
		}
		Action action = (inAdoptedDefault && this.automaticDefaultRules.stream()
			.anyMatch((automatic) -> RuleSignature.matches(automatic, rule, group.id()))) ? Action.ADOPT
					: Action.CREATE;
		Object remoteGroup = (rule.remoteGroupId() != null) ? Ref.to(Keys.securityGroup(rule.remoteGroupId())) : null;
		this.draft.add(new Step(key, Kind.SECURITY_GROUP_RULE, action, RuleSignature.describe(rule),
				Keys.securityGroup(group.id()), rule.id(),
				Attributes.of()
					.put("security_group_id", Ref.to(Keys.securityGroup(group.id())))
					.put("direction", rule.direction())
					.put("ethertype", rule.ethertype())
					.put("protocol", rule.protocol())
					.put("port_range_min", rule.portRangeMin())
					.put("port_range_max", rule.portRangeMax())
					.put("remote_ip_prefix", this.translation.translate(rule.remoteIpPrefix()))
					.put("remote_group_id", remoteGroup)
					.put("description", rule.description())
					.build(),
				List.of()));
	}

	private void removeAutomaticRules(SecurityGroupSnapshot group, List<AutomaticRule> rules) {
		String groupKey = Keys.securityGroup(group.id());
		for (AutomaticRule rule : rules) {
			String signature = RuleSignature.of(rule);
			this.draft.add(new Step(Keys.automaticRuleRemoval(group.id(), signature), Kind.SECURITY_GROUP_RULE,
					Action.DELETE, signature, groupKey, null,
					Attributes.of()
						.put("security_group_id", Ref.to(groupKey))
						.put("direction", rule.direction())
						.put("ethertype", rule.ethertype())
						.put("protocol", rule.protocol())
						.put("port_range_min", rule.portRangeMin())
						.put("port_range_max", rule.portRangeMax())
						.put("remote_ip_prefix", rule.remoteIpPrefix())
						.put("remote_group_id", rule.fromDefaultGroup() ? Ref.to(groupKey) : null)
						.build(),
					List.of()));
		}
	}

}
