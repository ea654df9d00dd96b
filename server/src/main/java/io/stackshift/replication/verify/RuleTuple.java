package io.stackshift.replication.verify;

import java.util.Map;
import java.util.Objects;

import io.stackshift.openstack.client.SecurityGroupRule;

/**
 * A rule as Neutron tells rules apart: direction, ethertype, protocol, ports and remote;
 * "any" written as {@code null}, {@code ""}, {@code any}, {@code 0.0.0.0/0} or
 * {@code ::/0} is one value.
 */
record RuleTuple(String direction, String ethertype, String protocol, Integer portMin, Integer portMax,
		String remotePrefix, String remoteGroup) {

	RuleTuple {
		protocol = (protocol == null || protocol.isEmpty() || protocol.equals("any")) ? null : protocol;
		remotePrefix = (remotePrefix == null || remotePrefix.equals("0.0.0.0/0") || remotePrefix.equals("::/0")) ? null
				: remotePrefix;
	}

	static RuleTuple of(SecurityGroupRule rule) {
		return new RuleTuple(rule.direction(), rule.ethertype(), rule.protocol(), rule.portRangeMin(),
				rule.portRangeMax(), rule.remoteIpPrefix(), rule.remoteGroupId());
	}

	static RuleTuple of(Map<String, Object> attributes) {
		return new RuleTuple((String) attributes.get("direction"), (String) attributes.get("ethertype"),
				(String) attributes.get("protocol"), number(attributes.get("port_range_min")),
				number(attributes.get("port_range_max")), (String) attributes.get("remote_ip_prefix"),
				(String) attributes.get("remote_group_id"));
	}

	private static Integer number(Object value) {
		return (value instanceof Number n) ? n.intValue() : null;
	}

	@Override
	public String toString() {
		return this.direction + " " + this.ethertype + " " + Objects.toString(this.protocol, "any") + " "
				+ ((this.portMin != null) ? this.portMin + "-" + this.portMax : "all") + " from "
				+ ((this.remoteGroup != null) ? "group " + this.remoteGroup
						: Objects.toString(this.remotePrefix, "anywhere"));
	}

}
