package io.stackshift.replication.plan;

import java.util.Objects;

import io.stackshift.replication.plan.DestinationFacts.AutomaticRule;
import io.stackshift.replication.snapshot.SecurityGroupRuleSnapshot;

/**
 * When a source rule of the {@code default} group is one Neutron creates by itself, and
 * how rules are named in the plan. "Any" has several spellings in Neutron ({@code null},
 * {@code ""}, {@code any}; {@code 0.0.0.0/0}, {@code ::/0} for prefixes), all equal here.
 */
final class RuleSignature {

	private RuleSignature() {
	}

	static boolean matches(AutomaticRule automatic, SecurityGroupRuleSnapshot rule, String defaultGroupId) {
		boolean sameRemoteGroup = automatic.fromDefaultGroup() ? defaultGroupId.equals(rule.remoteGroupId())
				: rule.remoteGroupId() == null;
		return sameRemoteGroup && automatic.direction().equalsIgnoreCase(rule.direction())
				&& automatic.ethertype().equalsIgnoreCase(rule.ethertype())
				&& Objects.equals(any(automatic.protocol()), any(rule.protocol()))
				&& Objects.equals(automatic.portRangeMin(), rule.portRangeMin())
				&& Objects.equals(automatic.portRangeMax(), rule.portRangeMax())
				&& Objects.equals(anyPrefix(automatic.remoteIpPrefix()), anyPrefix(rule.remoteIpPrefix()));
	}

	static String of(AutomaticRule rule) {
		return rule.direction() + "-" + rule.ethertype() + "-"
				+ ports(rule.protocol(), rule.portRangeMin(), rule.portRangeMax()) + "-" + (rule.fromDefaultGroup()
						? "default" : Objects.requireNonNullElse(anyPrefix(rule.remoteIpPrefix()), "anywhere"));
	}

	static String describe(SecurityGroupRuleSnapshot rule) {
		String remote = (rule.remoteGroupId() != null) ? "group " + rule.remoteGroupId()
				: Objects.requireNonNullElse(anyPrefix(rule.remoteIpPrefix()), "anywhere");
		return rule.direction() + " " + rule.ethertype() + " "
				+ ports(rule.protocol(), rule.portRangeMin(), rule.portRangeMax()) + " "
				+ ("ingress".equals(rule.direction()) ? "from " : "to ") + remote;
	}

	private static String ports(String protocol, Integer min, Integer max) {
		String name = Objects.requireNonNullElse(any(protocol), "any");
		if (min == null) {
			return name;
		}
		return name + ":" + min + (Objects.equals(min, max) || max == null ? "" : "-" + max);
	}

	private static String any(String protocol) {
		return (protocol == null || protocol.isBlank() || "any".equalsIgnoreCase(protocol)) ? null
				: protocol.toLowerCase();
	}

	private static String anyPrefix(String prefix) {
		return (prefix == null || prefix.isBlank() || "0.0.0.0/0".equals(prefix) || "::/0".equals(prefix)) ? null
				: prefix;
	}

}
