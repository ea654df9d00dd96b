package io.stackshift.emulator.neutron;

/**
 * The Neutron resource kinds: their body keys, URL segment, quota key and not-found
 * error.
 */
enum Kind {

	NETWORK("network", "networks", "networks", "NetworkNotFound", "Network %s could not be found."),
	SUBNET("subnet", "subnets", "subnets", "SubnetNotFound", "Subnet %s could not be found."),
	PORT("port", "ports", "ports", "PortNotFound", "Port %s could not be found."),
	ROUTER("router", "routers", "routers", "RouterNotFound", "Router %s could not be found."),
	SECURITY_GROUP("security_group", "security_groups", "security-groups", "SecurityGroupNotFound",
			"Security group %s does not exist"),
	SECURITY_GROUP_RULE("security_group_rule", "security_group_rules", "security-group-rules",
			"SecurityGroupRuleNotFound", "Security group rule %s does not exist"),
	FLOATING_IP("floatingip", "floatingips", "floatingips", "FloatingIPNotFound", "Floating IP %s could not be found");

	final String singular;

	final String plural;

	final String segment;

	final String notFoundType;

	final String notFoundMessage;

	Kind(String singular, String plural, String segment, String notFoundType, String notFoundMessage) {
		this.singular = singular;
		this.plural = plural;
		this.segment = segment;
		this.notFoundType = notFoundType;
		this.notFoundMessage = notFoundMessage;
	}

	/** The quota key counting this kind (Neutron's quota names are the singular keys). */
	String quotaKey() {
		return this.singular;
	}

	io.stackshift.emulator.http.ApiFailure notFound(String id) {
		return NeutronError.of(404, this.notFoundType, String.format(this.notFoundMessage, id));
	}

	static Kind bySegment(String segment) {
		for (Kind kind : values()) {
			if (kind.segment.equals(segment)) {
				return kind;
			}
		}
		return null;
	}

}
