package io.stackshift.replication.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.stackshift.openstack.client.NeutronResources;
import io.stackshift.openstack.client.OpenStackException;
import io.stackshift.openstack.client.SecurityGroupRule;
import io.stackshift.replication.plan.Action;
import io.stackshift.replication.plan.Step;

/**
 * The rules of one security group (the executor batches by group and never runs two calls
 * on one group at once). Before creating, the group's rules are read: a rule the group
 * already has (one Neutron added by itself, or one an unanswered call made) is taken over
 * rather than created twice, which Neutron would refuse. Automatic rules the plan removes
 * are deleted; one already gone counts as removed.
 */
final class RulePerformer implements Performer {

	@Override
	public Map<String, StepOutcome> perform(List<Step> steps, Destination destination) {
		NeutronResources<SecurityGroupRule> rules = destination.networking().securityGroupRules();
		String group = destination.attributes(steps.get(0)).string("security_group_id");
		List<SecurityGroupRule> existing = rules.list(Map.of("security_group_id", group));
		Map<String, StepOutcome> outcomes = new LinkedHashMap<>();
		List<Step> creates = new ArrayList<>();
		List<SecurityGroupRule> specs = new ArrayList<>();
		for (Step step : steps) {
			SecurityGroupRule wanted = spec(destination.attributes(step));
			Optional<SecurityGroupRule> present = destination.claimFirst(existing, SecurityGroupRule::id,
					(rule) -> sameTuple(rule, wanted));
			if (step.action() == Action.DELETE) {
				present.ifPresent((rule) -> deleteIfPresent(rules, rule.id()));
				outcomes.put(step.key(), StepOutcome.adopted(present.map(SecurityGroupRule::id).orElse("")));
			}
			else if (present.isPresent()) {
				outcomes.put(step.key(), StepOutcome.adopted(present.get().id()));
			}
			else {
				creates.add(step);
				specs.add(wanted);
			}
		}
		List<SecurityGroupRule> made = rules.createAll(specs);
		destination.claim(made.stream().map(SecurityGroupRule::id).toList());
		for (int i = 0; i < creates.size(); i++) {
			outcomes.put(creates.get(i).key(), StepOutcome.created(made.get(i).id()));
		}
		return outcomes;
	}

	@Override
	public Map<String, StepOutcome> find(List<Step> steps, Destination destination) {
		// perform reads the group's rules first, so a rule made by a lost call is taken
		// over there
		return Map.of();
	}

	/** Gone already (an earlier walk's call landed after we read the group) is done. */
	private static void deleteIfPresent(NeutronResources<SecurityGroupRule> rules, String id) {
		try {
			rules.delete(id);
		}
		catch (OpenStackException ex) {
			if (ex.kind() != OpenStackException.Kind.NOT_FOUND) {
				throw ex;
			}
		}
	}

	static SecurityGroupRule spec(Attributes attributes) {
		return new SecurityGroupRule(null, attributes.string("security_group_id"), null, attributes.string("direction"),
				attributes.string("ethertype"), attributes.string("protocol"), attributes.integer("port_range_min"),
				attributes.integer("port_range_max"), attributes.string("remote_ip_prefix"),
				attributes.string("remote_group_id"), attributes.string("description"));
	}

	/** Neutron refuses two rules with the same tuple, whatever their descriptions. */
	static boolean sameTuple(SecurityGroupRule one, SecurityGroupRule other) {
		return Objects.equals(one.direction(), other.direction()) && Objects.equals(one.ethertype(), other.ethertype())
				&& Objects.equals(protocol(one.protocol()), protocol(other.protocol()))
				&& Objects.equals(one.portRangeMin(), other.portRangeMin())
				&& Objects.equals(one.portRangeMax(), other.portRangeMax())
				&& Objects.equals(prefix(one.remoteIpPrefix()), prefix(other.remoteIpPrefix()))
				&& Objects.equals(one.remoteGroupId(), other.remoteGroupId());
	}

	private static String protocol(String protocol) {
		return (protocol == null || protocol.isEmpty() || protocol.equals("any")) ? null : protocol;
	}

	private static String prefix(String prefix) {
		return (prefix == null || prefix.equals("0.0.0.0/0") || prefix.equals("::/0")) ? null : prefix;
	}

}
