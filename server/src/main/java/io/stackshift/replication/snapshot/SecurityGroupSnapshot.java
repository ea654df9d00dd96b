package io.stackshift.replication.snapshot;

import java.util.List;

/**
 * A source security group with its rules.
 *
 * @param id OpenStack id
 * @param name name ({@code default} for the group Neutron creates with the project)
 * @param description description
 * @param rules its rules
 */
public record SecurityGroupSnapshot(String id, String name, String description, List<SecurityGroupRuleSnapshot> rules) {

	/** The name of the group Neutron creates in every project. */
	public static final String DEFAULT = "default";

	public SecurityGroupSnapshot {
		name = (name != null) ? name : "";
		description = (description != null) ? description : "";
		rules = Lists.of(rules);
	}

	/**
	 * Whether this is the group Neutron created with the project. Deliberately not named
	 * like a getter, so that it is not stored in the snapshot's JSON.
	 * @return whether the group is named {@code default}
	 */
	public boolean neutronDefault() {
		return DEFAULT.equals(this.name);
	}

}
