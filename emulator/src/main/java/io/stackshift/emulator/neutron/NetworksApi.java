package io.stackshift.emulator.neutron;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v2.0/networks}: create (bulk too), list, show, update, delete (409 NetworkInUse
 * while ports remain; its subnets go with it). Provider attributes are visible to admins
 * only.
 */
final class NetworksApi {

	static final Set<String> ATTRIBUTES = Set.of("name", "admin_state_up", "shared", "router:external", "description",
			"mtu", "port_security_enabled", "provider:network_type", "provider:physical_network",
			"provider:segmentation_id", "project_id", "tenant_id", "tags", "availability_zone_hints", "is_default",
			"dns_domain", "qos_policy_id");

	private static final Set<String> UPDATABLE = Set.of("name", "admin_state_up", "shared", "router:external",
			"description", "mtu", "port_security_enabled", "is_default", "dns_domain", "qos_policy_id");

	private static final Set<String> FILTERS = Set.of("id", "name", "tenant_id", "project_id", "admin_state_up", "mtu",
			"status", "subnets", "shared", "router:external", "description", "port_security_enabled",
			"provider:network_type", "provider:physical_network", "provider:segmentation_id", "is_default",
			"revision_number", "created_at", "updated_at", "availability_zone_hints");

	private final NeutronState state;

	NetworksApi(NeutronState state) {
		this.state = state;
	}

	void register(Routes routes) {
		routes.add("GET", "/v2.0/networks", this::list)
			.add("POST", "/v2.0/networks", this::create)
			.add("GET", "/v2.0/networks/{id}", this::show)
			.add("PUT", "/v2.0/networks/{id}", this::update)
			.add("DELETE", "/v2.0/networks/{id}", this::delete);
	}

	private Reply list(Call call) {
		List<ObjectNode> visible = new ArrayList<>();
		for (ObjectNode network : this.state.all(Kind.NETWORK)) {
			if (Scope.visible(call, this.state, Kind.NETWORK, network)) {
				visible.add(render(call, network));
			}
		}
		return Listings.list(call, Kind.NETWORK, visible, FILTERS);
	}

	private Reply create(Call call) {
		return Bodies.create(call, this.state, Kind.NETWORK, ATTRIBUTES, true,
				(body) -> render(call, create(call, body)), (items) -> {
				});
	}

	ObjectNode create(Call call, ObjectNode body) {
		String project = Scope.owner(call, body);
		// Policies on attributes apply only when a value differs from the default.
		boolean adminOnly = Bodies.bool(body, "shared", false) || Bodies.bool(body, "router:external", false)
				|| body.has("provider:network_type");
		if (adminOnly && !call.caller().isAdmin()) {
			throw NeutronError.policy("create_network:" + (body.has("shared") ? "shared" : "router:external"));
		}
		QuotasApi.require(this.state, project, Kind.NETWORK, 1);
		ObjectNode network = this.state.stamp(project);
		network.put("name", Bodies.text(body, "name", ""));
		network.put("admin_state_up", Bodies.bool(body, "admin_state_up", true));
		String type = Bodies.text(body, "provider:network_type", "vxlan");
		network.put("mtu", body.path("mtu").asInt(type.equals("vxlan") ? 1450 : 1500));
		network.put("status", "ACTIVE");
		network.putArray("subnets");
		network.put("shared", Bodies.bool(body, "shared", false));
		network.put("port_security_enabled", Bodies.bool(body, "port_security_enabled", true));
		network.put("router:external", Bodies.bool(body, "router:external", false));
		network.put("provider:network_type", type);
		network.put("provider:physical_network", Json.text(body, "provider:physical_network"));
		if (type.equals("flat") || type.equals("local")) {
			network.putNull("provider:segmentation_id");
		}
		else {
			network.put("provider:segmentation_id", body.has("provider:segmentation_id")
					? body.get("provider:segmentation_id").asInt() : this.state.nextSegment());
		}
		if (network.path("router:external").asBoolean()) {
			// Only external networks carry is_default (auto-allocated topology
			// extension).
			network.put("is_default", Bodies.bool(body, "is_default", false));
		}
		network.set("availability_zone_hints",
				body.has("availability_zone_hints") ? body.get("availability_zone_hints").deepCopy() : Json.array());
		network.putArray("availability_zones");
		network.putNull("ipv4_address_scope");
		network.putNull("ipv6_address_scope");
		network.put("description", Bodies.text(body, "description", ""));
		if (body.has("tags")) {
			network.set("tags", body.get("tags").deepCopy());
		}
		network.put("revision_number", 1);
		this.state.put(Kind.NETWORK, network);
		return network;
	}

	private Reply show(Call call) {
		ObjectNode network = Scope.find(call, this.state, Kind.NETWORK, call.param("id"));
		return Reply.ok(Json.object("network", Listings.fields(call, Kind.NETWORK, render(call, network))));
	}

	private Reply update(Call call) {
		ObjectNode changes = Bodies.update(call, Kind.NETWORK, ATTRIBUTES, UPDATABLE);
		ObjectNode network = Scope.findOwned(call, this.state, Kind.NETWORK, call.param("id"), "update");
		if ((changes.has("shared") || changes.has("router:external")) && !call.caller().isAdmin()) {
			throw NeutronError.policy("update_network:shared");
		}
		changes.properties().forEach((entry) -> network.set(entry.getKey(), entry.getValue().deepCopy()));
		this.state.touch(network);
		return Reply.ok(Json.object("network", render(call, network)));
	}

	private Reply delete(Call call) {
		ObjectNode network = Scope.findOwned(call, this.state, Kind.NETWORK, call.param("id"), "delete");
		String id = call.param("id");
		List<ObjectNode> ports = this.state.where(Kind.PORT, (port) -> id.equals(Json.text(port, "network_id"))
				&& !"network:dhcp".equals(Json.text(port, "device_owner")));
		if (!ports.isEmpty()) {
			// Neutron lists the ports newest first.
			List<String> ids = ports.stream().map((p) -> p.path("id").asString()).collect(Collectors.toList());
			java.util.Collections.reverse(ids);
			throw NeutronError.of(409, "NetworkInUse",
					"Unable to complete operation on network " + id
							+ ". There are one or more ports still in use on the network, id for these ports is: "
							+ String.join(",", ids) + ".");
		}
		this.state.where(Kind.SUBNET, (subnet) -> id.equals(Json.text(subnet, "network_id")))
			.forEach((subnet) -> this.state.remove(Kind.SUBNET, subnet.path("id").asString()));
		this.state.remove(Kind.NETWORK, network.path("id").asString());
		return Reply.empty(204);
	}

	/**
	 * The wire form for this caller: subnets computed, provider attributes for admins
	 * only.
	 */
	ObjectNode render(Call call, ObjectNode network) {
		ObjectNode out = network.deepCopy();
		String id = network.path("id").asString();
		ArrayNode subnets = Json.array();
		for (ObjectNode subnet : this.state.all(Kind.SUBNET)) {
			if (id.equals(Json.text(subnet, "network_id"))) {
				subnets.add(subnet.path("id").asString());
			}
		}
		out.set("subnets", subnets);
		if (!call.caller().isAdmin()) {
			out.remove(List.of("provider:network_type", "provider:physical_network", "provider:segmentation_id"));
		}
		return out;
	}

}
