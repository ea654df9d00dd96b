package io.stackshift.emulator.neutron;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v2.0/ports}: fixed IPs (400 InvalidIpForSubnet, 409 IpAddressAlreadyAllocated),
 * MAC (409 MacAddressInUse), security groups (the project's default group when none is
 * given), allowed address pairs. Ports stay DOWN and unbound, as on the harness without
 * agents.
 */
final class PortsApi {

	static final Set<String> ATTRIBUTES = Set.of("network_id", "name", "admin_state_up", "mac_address", "fixed_ips",
			"device_id", "device_owner", "security_groups", "allowed_address_pairs", "port_security_enabled",
			"description", "project_id", "tenant_id", "binding:host_id", "binding:vnic_type", "binding:profile",
			"extra_dhcp_opts", "tags", "dns_name", "qos_policy_id", "propagate_uplink_status");

	private static final Set<String> UPDATABLE = Set.of("name", "admin_state_up", "mac_address", "fixed_ips",
			"device_id", "device_owner", "security_groups", "allowed_address_pairs", "port_security_enabled",
			"description", "binding:host_id", "binding:vnic_type", "binding:profile", "extra_dhcp_opts", "dns_name",
			"qos_policy_id");

	private static final Set<String> FILTERS = Set.of("id", "name", "network_id", "tenant_id", "project_id",
			"mac_address", "admin_state_up", "status", "device_id", "device_owner", "fixed_ips", "security_groups",
			"port_security_enabled", "binding:host_id", "binding:vnic_type", "binding:vif_type", "description",
			"revision_number", "created_at", "updated_at");

	private final NeutronState state;

	private final Ports ports;

	private final SecurityGroups groups;

	PortsApi(NeutronState state) {
		this.state = state;
		this.ports = new Ports(state);
		this.groups = new SecurityGroups(state);
	}

	void register(Routes routes) {
		routes.add("GET", "/v2.0/ports", this::list)
			.add("POST", "/v2.0/ports", this::create)
			.add("GET", "/v2.0/ports/{id}", this::show)
			.add("PUT", "/v2.0/ports/{id}", this::update)
			.add("DELETE", "/v2.0/ports/{id}", this::delete);
	}

	private Reply list(Call call) {
		List<ObjectNode> visible = new ArrayList<>();
		for (ObjectNode port : this.state.all(Kind.PORT)) {
			if (Scope.visible(call, this.state, Kind.PORT, port)) {
				visible.add(port);
			}
		}
		return Listings.list(call, Kind.PORT, visible, FILTERS);
	}

	private Reply create(Call call) {
		return Bodies.create(call, this.state, Kind.PORT, ATTRIBUTES, true, (body) -> create(call, body), (items) -> {
		});
	}

	ObjectNode create(Call call, ObjectNode body) {
		String networkId = Bodies.uuid(body, "network_id");
		String project = Scope.owner(call, body);
		ObjectNode network = Scope.find(call, this.state, Kind.NETWORK, networkId);
		Scope.requireNetworkUse(call, network, "port");
		QuotasApi.require(this.state, project, Kind.PORT, 1);
		String owner = Bodies.text(body, "device_owner", "");
		boolean security = Bodies.bool(body, "port_security_enabled",
				network.path("port_security_enabled").asBoolean(true));
		ObjectNode port = this.state.stamp(project);
		String mac = this.ports.mac(networkId, Json.text(body, "mac_address"), null);
		ArrayNode fixedIps = this.ports.fixedIps(network, body.get("fixed_ips"), null);
		Ports.fill(port, network, Bodies.text(body, "name", ""), mac, fixedIps, owner,
				Bodies.text(body, "device_id", ""));
		port.put("port_security_enabled", security);
		port.set("security_groups", securityGroups(call, project, body.get("security_groups"), security, owner));
		port.set("allowed_address_pairs", addressPairs(body.get("allowed_address_pairs"), mac));
		port.put("binding:host_id", Bodies.text(body, "binding:host_id", ""));
		port.put("binding:vnic_type", Bodies.text(body, "binding:vnic_type", "normal"));
		if (body.has("binding:profile")) {
			port.set("binding:profile", body.get("binding:profile").deepCopy());
		}
		port.put("description", Bodies.text(body, "description", ""));
		if (body.has("tags")) {
			port.set("tags", body.get("tags").deepCopy());
		}
		port.put("revision_number", 1);
		this.state.put(Kind.PORT, port);
		return port;
	}

	private ArrayNode securityGroups(Call call, String project, JsonNode asked, boolean security, String owner) {
		ArrayNode ids = Json.array();
		if (asked == null || asked.isNull()) {
			if (security && !owner.startsWith("network:")) {
				ids.add(this.groups.defaultOf(project).path("id").asString());
			}
			return ids;
		}
		for (JsonNode id : asked) {
			ObjectNode group = this.state.get(Kind.SECURITY_GROUP, id.asString());
			if (group == null || !project.equals(Json.text(group, "project_id"))) {
				throw Kind.SECURITY_GROUP.notFound(id.asString());
			}
			ids.add(id.asString());
		}
		if (!security && !ids.isEmpty()) {
			throw NeutronError.of(409, "PortSecurityAndIPRequiredForSecurityGroups",
					"Port security must be enabled and port must have an IP address in order to use security groups.");
		}
		return ids;
	}

	private static ArrayNode addressPairs(JsonNode asked, String mac) {
		ArrayNode pairs = Json.array();
		if (asked == null || asked.isNull()) {
			return pairs;
		}
		for (JsonNode pair : asked) {
			String ip = Json.text(pair, "ip_address");
			if (ip == null || (Address.parse(ip) == null && Cidr.parse(ip) == null)) {
				throw NeutronError.badRequest(
						"Invalid input for allowed_address_pairs. Reason: '" + ip + "' is not a valid IP address.");
			}
			ObjectNode out = pairs.addObject();
			out.put("mac_address", Bodies.text(pair, "mac_address", mac));
			out.put("ip_address", ip);
		}
		return pairs;
	}

	private Reply show(Call call) {
		return Reply.ok(Json.object("port",
				Listings.fields(call, Kind.PORT, Scope.find(call, this.state, Kind.PORT, call.param("id")))));
	}

	private Reply update(Call call) {
		ObjectNode changes = Bodies.update(call, Kind.PORT, ATTRIBUTES, UPDATABLE);
		ObjectNode port = Scope.findOwned(call, this.state, Kind.PORT, call.param("id"), "update");
		String id = port.path("id").asString();
		String networkId = Json.text(port, "network_id");
		String project = Json.text(port, "project_id");
		ObjectNode network = this.state.get(Kind.NETWORK, networkId);
		String mac = changes.has("mac_address") ? this.ports.mac(networkId, Json.text(changes, "mac_address"), id)
				: Json.text(port, "mac_address");
		ArrayNode fixedIps = changes.has("fixed_ips") ? this.ports.fixedIps(network, changes.get("fixed_ips"), id)
				: (ArrayNode) port.get("fixed_ips");
		boolean security = Bodies.bool(changes, "port_security_enabled",
				port.path("port_security_enabled").asBoolean());
		ArrayNode groupIds = changes.has("security_groups")
				? securityGroups(call, project, changes.get("security_groups"), security, "")
				: (ArrayNode) port.get("security_groups");
		if (!security && !groupIds.isEmpty()) {
			throw NeutronError.of(409, "PortSecurityPortHasSecurityGroup",
					"Port has security group associated. Cannot disable port security or ip address until security group is removed");
		}
		changes.properties().forEach((entry) -> port.set(entry.getKey(), entry.getValue().deepCopy()));
		port.put("mac_address", mac);
		port.set("fixed_ips", fixedIps);
		port.set("security_groups", groupIds);
		if (changes.has("allowed_address_pairs")) {
			port.set("allowed_address_pairs", addressPairs(changes.get("allowed_address_pairs"), mac));
		}
		this.state.touch(port);
		return Reply.ok(Json.object("port", Views.of(call, Kind.PORT, port)));
	}

	private Reply delete(Call call) {
		ObjectNode port = Scope.findOwned(call, this.state, Kind.PORT, call.param("id"), "delete");
		String id = port.path("id").asString();
		String owner = Json.text(port, "device_owner");
		if ("network:router_interface".equals(owner) || "network:router_gateway".equals(owner)
				|| "network:floatingip".equals(owner)) {
			throw NeutronError.of(409, "ServicePortInUse",
					"Port " + id + " cannot be deleted directly via the port API: has device owner " + owner + ".");
		}
		for (ObjectNode floatingIp : this.state.all(Kind.FLOATING_IP)) {
			if (id.equals(Json.text(floatingIp, "port_id"))) {
				FloatingIpsApi.disassociate(this.state, floatingIp);
			}
		}
		this.state.remove(Kind.PORT, id);
		return Reply.empty(204);
	}

}
