package io.stackshift.replication.plan;

import java.util.List;

import io.stackshift.replication.snapshot.VolumeTypeSnapshot;

/**
 * What the planner needs to know about the destination cloud, read before planning.
 *
 * @param externalNetworkId the external network routers are connected to, or {@code null}
 * when the destination has none
 * @param externalSubnetCidrs the CIDRs of that network's subnets (no migrated subnet may
 * overlap them)
 * @param automaticDefaultRules the rules Neutron puts into a new project's
 * {@code default} group
 * @param volumeTypes the destination cloud's volume types
 */
public record DestinationFacts(String externalNetworkId, List<String> externalSubnetCidrs,
		List<AutomaticRule> automaticDefaultRules, List<VolumeTypeSnapshot> volumeTypes) {

	/**
	 * Neutron's rules in a new {@code default} group: egress anywhere, ingress from the
	 * group itself.
	 */
	public static final List<AutomaticRule> NEUTRON_DEFAULT_RULES = List.of(
			new AutomaticRule("egress", "IPv4", null, null, null, null, false),
			new AutomaticRule("egress", "IPv6", null, null, null, null, false),
			new AutomaticRule("ingress", "IPv4", null, null, null, null, true),
			new AutomaticRule("ingress", "IPv6", null, null, null, null, true));

	public DestinationFacts {
		externalSubnetCidrs = (externalSubnetCidrs != null) ? List.copyOf(externalSubnetCidrs) : List.of();
		automaticDefaultRules = (automaticDefaultRules != null) ? List.copyOf(automaticDefaultRules)
				: NEUTRON_DEFAULT_RULES;
		volumeTypes = (volumeTypes != null) ? List.copyOf(volumeTypes) : List.of();
	}

	/**
	 * A rule Neutron creates by itself in a new project's {@code default} group.
	 *
	 * @param direction {@code ingress} or {@code egress}
	 * @param ethertype {@code IPv4} or {@code IPv6}
	 * @param protocol protocol or {@code null} for any
	 * @param portRangeMin lowest port or {@code null}
	 * @param portRangeMax highest port or {@code null}
	 * @param remoteIpPrefix remote prefix or {@code null}
	 * @param fromDefaultGroup whether the remote is the {@code default} group itself
	 */
	public record AutomaticRule(String direction, String ethertype, String protocol, Integer portRangeMin,
			Integer portRangeMax, String remoteIpPrefix, boolean fromDefaultGroup) {
	}

}
