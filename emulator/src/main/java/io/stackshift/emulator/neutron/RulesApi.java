package io.stackshift.emulator.neutron;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v2.0/security-group-rules} with Neutron's checks in Neutron's order; a bulk
 * create must target one group (400 SecurityGroupNotSingleGroupRules).
 */
final class RulesApi {

	static final Set<String> ATTRIBUTES = Set.of("security_group_id", "direction", "ethertype", "protocol",
			"port_range_min", "port_range_max", "remote_ip_prefix", "remote_group_id", "remote_address_group_id",
			"description", "project_id", "tenant_id");

	private static final Set<String> FILTERS = Set.of("id", "security_group_id", "direction", "ethertype", "protocol",
			"port_range_min", "port_range_max", "remote_ip_prefix", "remote_group_id", "remote_address_group_id",
			"description", "tenant_id", "project_id", "normalized_cidr", "revision_number", "created_at", "updated_at");

	private static final List<String> PROTOCOLS = List.of("ah", "dccp", "egp", "esp", "gre", "hopopt", "icmp", "igmp",
			"ip", "ipip", "ipv6-encap", "ipv6-frag", "ipv6-icmp", "icmpv6", "ipv6-nonxt", "ipv6-opts", "ipv6-route",
			"ospf", "pgm", "rsvp", "sctp", "tcp", "udp", "udplite", "vrrp");

	private final NeutronState state;

	RulesApi(NeutronState state) {
		this.state = state;
	}

	void register(Routes routes) {
		routes.add("GET", "/v2.0/security-group-rules", this::list)
			.add("POST", "/v2.0/security-group-rules", this::create)
			.add("GET", "/v2.0/security-group-rules/{id}", this::show)
			.add("DELETE", "/v2.0/security-group-rules/{id}", this::delete);
	}

	private Reply list(Call call) {
		List<ObjectNode> visible = new ArrayList<>();
		for (ObjectNode rule : this.state.all(Kind.SECURITY_GROUP_RULE)) {
			if (Scope.visible(call, this.state, Kind.SECURITY_GROUP_RULE, rule)) {
				visible.add(rule);
			}
		}
		return Listings.list(call, Kind.SECURITY_GROUP_RULE, visible, FILTERS);
	}

	private Reply create(Call call) {
		return Bodies.create(call, this.state, Kind.SECURITY_GROUP_RULE, ATTRIBUTES, true, (body) -> create(call, body),
				(items) -> {
					long groups = items.stream().map((item) -> Json.text(item, "security_group_id")).distinct().count();
					if (groups > 1) {
						throw NeutronError.of(400, "SecurityGroupNotSingleGroupRules",
								"Only allowed to update rules for one security profile at a time");
					}
				});
	}

	private ObjectNode create(Call call, ObjectNode body) {
		String direction = Json.text(body, "direction");
		if (!"ingress".equals(direction) && !"egress".equals(direction)) {
			throw NeutronError
				.badRequest("Invalid input for direction. Reason: " + direction + " is not in valid_values.");
		}
		String ethertype = Bodies.text(body, "ethertype", "IPv4");
		if (!ethertype.equals("IPv4") && !ethertype.equals("IPv6")) {
			throw NeutronError
				.badRequest("Invalid input for ethertype. Reason: " + ethertype + " is not in valid_values.");
		}
		String project = Scope.owner(call, body);
		String groupId = Json.text(body, "security_group_id");
		ObjectNode group = this.state.get(Kind.SECURITY_GROUP, groupId);
		if (group == null || !Scope.visible(call, this.state, Kind.SECURITY_GROUP, group)) {
			throw Kind.SECURITY_GROUP.notFound(groupId);
		}
		String remoteIp = Json.text(body, "remote_ip_prefix");
		String remoteGroup = Json.text(body, "remote_group_id");
		String remoteAddressGroup = Json.text(body, "remote_address_group_id");
		if ((remoteIp != null ? 1 : 0) + (remoteGroup != null ? 1 : 0) + (remoteAddressGroup != null ? 1 : 0) > 1) {
			throw NeutronError.of(400, "SecurityGroupMultipleRemoteEntites",
					"Only one of remote_ip_prefix or remote_group_id or remote_address_group_id may be provided.");
		}
		String protocol = protocol(Json.text(body, "protocol"));
		Integer min = port(body, "port_range_min");
		Integer max = port(body, "port_range_max");
		checkPorts(protocol, min, max);
		Cidr prefix = null;
		if (remoteIp != null) {
			prefix = Cidr.parse(remoteIp);
			if (prefix == null) {
				throw NeutronError.badRequest(
						"Invalid input for remote_ip_prefix. Reason: '" + remoteIp + "' is not a valid IP subnet.");
			}
			if (!ethertype.equals("IPv" + prefix.version())) {
				throw NeutronError.of(400, "SecurityGroupRuleParameterConflict",
						"Conflicting value ethertype " + ethertype + " for CIDR " + remoteIp);
			}
		}
		if (remoteGroup != null && this.state.get(Kind.SECURITY_GROUP, remoteGroup) == null) {
			throw Kind.SECURITY_GROUP.notFound(remoteGroup);
		}
		ObjectNode rule = this.state.stamp(project);
		rule.put("security_group_id", groupId);
		rule.put("ethertype", ethertype);
		rule.put("direction", direction);
		rule.put("protocol", protocol);
		putNumber(rule, "port_range_min", min);
		putNumber(rule, "port_range_max", max);
		// Neutron keeps the prefix as given and shows the normalised form beside it.
		rule.put("remote_ip_prefix", remoteIp);
		rule.put("remote_address_group_id", remoteAddressGroup);
		rule.put("normalized_cidr", (prefix != null) ? prefix.toString() : null);
		rule.put("remote_group_id", remoteGroup);
		rule.put("description", Bodies.text(body, "description", ""));
		rule.remove("tags");
		ObjectNode existing = duplicateOf(rule);
		if (existing != null) {
			throw NeutronError.of(409, "SecurityGroupRuleExists",
					"Security group rule already exists. Rule id is " + existing.path("id").asString() + ".");
		}
		QuotasApi.require(this.state, project, Kind.SECURITY_GROUP_RULE, 1);
		this.state.put(Kind.SECURITY_GROUP_RULE, rule);
		this.state.touch(group);
		return rule;
	}

	private static String protocol(String asked) {
		if (asked == null || asked.equalsIgnoreCase("any")) {
			return null;
		}
		String lower = asked.toLowerCase(Locale.ROOT);
		if (PROTOCOLS.contains(lower)) {
			return lower;
		}
		try {
			int number = Integer.parseInt(asked);
			if (number >= 0 && number <= 255) {
				return asked;
			}
		}
		catch (NumberFormatException ex) {
			// not a number either: refused below
		}
		throw NeutronError.of(400, "SecurityGroupRuleInvalidProtocol", "Security group rule protocol " + asked
				+ " not supported. Only protocol values [None, 'ah', 'dccp', 'egp', 'esp', 'gre', 'hopopt', 'icmp', "
				+ "'igmp', 'ip', 'ipip', 'ipv6-encap', 'ipv6-frag', 'ipv6-icmp', 'icmpv6', 'ipv6-nonxt', 'ipv6-opts', "
				+ "'ipv6-route', 'ospf', 'pgm', 'rsvp', 'sctp', 'tcp', 'udp', 'udplite', 'vrrp'] and integer "
				+ "representations [0 to 255] are supported.");
	}

	private static Integer port(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		try {
			return value.isNumber() ? value.asInt() : Integer.parseInt(value.asString());
		}
		catch (NumberFormatException ex) {
			throw NeutronError
				.badRequest("Invalid input for " + field + ". Reason: '" + value.asString() + "' is not an integer.");
		}
	}

	private static void checkPorts(String protocol, Integer min, Integer max) {
		if (min == null && max == null) {
			return;
		}
		if (protocol == null) {
			throw NeutronError.of(400, "SecurityGroupProtocolRequiredWithPorts",
					"Must also specify protocol if port range is given.");
		}
		if (Set.of("tcp", "udp", "sctp", "dccp", "udplite", "6", "17", "132", "33", "136").contains(protocol)) {
			for (Integer port : new Integer[] { min, max }) {
				if (port != null && (port < 1 || port > 65535)) {
					throw NeutronError.of(400, "SecurityGroupInvalidPortValue", "Invalid value for port " + port);
				}
			}
			if (min == null || (max != null && min > max)) {
				throw NeutronError.of(400, "SecurityGroupInvalidPortRange",
						"For TCP/UDP protocols, port_range_min must be <= port_range_max");
			}
		}
		else if (protocol.startsWith("icmp") || protocol.equals("ipv6-icmp") || protocol.equals("1")
				|| protocol.equals("58")) {
			for (Integer value : new Integer[] { min, max }) {
				if (value != null && (value < 0 || value > 255)) {
					throw NeutronError.of(400, "SecurityGroupInvalidIcmpValue",
							"Invalid value for ICMP " + ((value == min) ? "port_range_min" : "port_range_max")
									+ " (type): " + value + ". It must be 0 to 255.");
				}
			}
		}
	}

	private ObjectNode duplicateOf(ObjectNode rule) {
		for (ObjectNode other : this.state.all(Kind.SECURITY_GROUP_RULE)) {
			if (same(rule, other, "security_group_id") && same(rule, other, "direction")
					&& same(rule, other, "ethertype") && same(rule, other, "protocol")
					&& same(rule, other, "port_range_min") && same(rule, other, "port_range_max")
					&& same(rule, other, "remote_ip_prefix") && same(rule, other, "remote_group_id")
					&& same(rule, other, "remote_address_group_id")) {
				return other;
			}
		}
		return null;
	}

	private static boolean same(ObjectNode a, ObjectNode b, String field) {
		return Objects.equals(Json.text(a, field), Json.text(b, field));
	}

	private static void putNumber(ObjectNode node, String field, Integer value) {
		if (value == null) {
			node.putNull(field);
		}
		else {
			node.put(field, value);
		}
	}

	private Reply show(Call call) {
		return Reply.ok(Json.object("security_group_rule", Listings.fields(call, Kind.SECURITY_GROUP_RULE,
				Scope.find(call, this.state, Kind.SECURITY_GROUP_RULE, call.param("id")))));
	}

	private Reply delete(Call call) {
		ObjectNode rule = Scope.findOwned(call, this.state, Kind.SECURITY_GROUP_RULE, call.param("id"), "delete");
		this.state.remove(Kind.SECURITY_GROUP_RULE, rule.path("id").asString());
		return Reply.empty(204);
	}

}
