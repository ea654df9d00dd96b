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

	public boolean isDefault() {
		return DEFAULT.equals(this.name);
	}

}
