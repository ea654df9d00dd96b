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
 * {@code /v2.0/floatingips}: addresses from an external network's subnets, associated
 * with a port only when a router of the project joins the port's subnet to that network
 * (else 404 ExternalGatewayForFloatingIPNotFound, as in Neutron).
 */
final class FloatingIpsApi {

	static final Set<String> ATTRIBUTES = Set.of("floating_network_id", "floating_ip_address", "subnet_id", "port_id",
			"fixed_ip_address", "description", "project_id", "tenant_id", "tags", "dns_name", "dns_domain",
			"qos_policy_id");

	private static final Set<String> UPDATABLE = Set.of("port_id", "fixed_ip_address", "description", "qos_policy_id");

	private static final Set<String> FILTERS = Set.of("id", "tenant_id", "project_id", "floating_ip_address",
			"floating_network_id", "router_id", "port_id", "fixed_ip_address", "status", "description",
			"revision_number", "created_at", "updated_at");

	private final NeutronState state;

	private final Ports ports;

	FloatingIpsApi(NeutronState state) {
		this.state = state;
		this.ports = new Ports(state);
	}

	void register(Routes routes) {
		routes.add("GET", "/v2.0/floatingips", this::list)
			.add("POST", "/v2.0/floatingips", this::create)
			.add("GET", "/v2.0/floatingips/{id}", this::show)
			.add("PUT", "/v2.0/floatingips/{id}", this::update)
			.add("DELETE", "/v2.0/floatingips/{id}", this::delete);
	}

	static void disassociate(NeutronState state, ObjectNode floatingIp) {
		floatingIp.putNull("port_id");
		floatingIp.putNull("fixed_ip_address");
		floatingIp.putNull("router_id");
		floatingIp.putNull("port_details");
		floatingIp.put("status", "DOWN");
		state.touch(floatingIp);
	}

	private Reply list(Call call) {
		List<ObjectNode> visible = new ArrayList<>();
		for (ObjectNode floatingIp : this.state.all(Kind.FLOATING_IP)) {
			if (Scope.visible(call, this.state, Kind.FLOATING_IP, floatingIp)) {
				visible.add(floatingIp);
			}
		}
		return Listings.list(call, Kind.FLOATING_IP, visible, FILTERS);
	}

	private Reply create(Call call) {
		return Bodies.create(call, this.state, Kind.FLOATING_IP, ATTRIBUTES, true, (body) -> create(call, body),
				(items) -> {
				});
	}

	private ObjectNode create(Call call, ObjectNode body) {
		String networkId = Bodies.uuid(body, "floating_network_id");
		String project = Scope.owner(call, body);
		ObjectNode network = Scope.find(call, this.state, Kind.NETWORK, networkId);
		if (!network.path("router:external").asBoolean()) {
			throw NeutronError.badResource("floatingip", "Network " + networkId + " is not a valid external network");
		}
		QuotasApi.require(this.state, project, Kind.FLOATING_IP, 1);
		ArrayNode ask = null;
		if (body.hasNonNull("floating_ip_address") || body.hasNonNull("subnet_id")) {
			ask = Json.array();
			ObjectNode ip = ask.addObject();
			if (body.hasNonNull("subnet_id")) {
				ip.put("subnet_id", Json.text(body, "subnet_id"));
			}
			if (body.hasNonNull("floating_ip_address")) {
				ip.put("ip_address", Json.text(body, "floating_ip_address"));
			}
		}
		ArrayNode fixedIps = this.ports.fixedIps(network, ask, null);
		if (fixedIps.isEmpty()) {
			throw NeutronError.of(409, "IpAddressGenerationFailure",
					"No more IP addresses available on network " + networkId + ".");
		}
		ObjectNode floatingIp = this.state.stamp(project);
		floatingIp.put("floating_ip_address", fixedIps.path(0).path("ip_address").asString());
		floatingIp.put("floating_network_id", networkId);
		floatingIp.putNull("router_id");
		floatingIp.putNull("port_id");
		floatingIp.putNull("fixed_ip_address");
		floatingIp.put("status", "DOWN");
		floatingIp.putNull("port_details");
		floatingIp.put("description", Bodies.text(body, "description", ""));
		if (body.has("tags")) {
			floatingIp.set("tags", body.get("tags").deepCopy());
		}
		this.ports.servicePort("", network, fixedIps, "network:floatingip", floatingIp.path("id").asString());
		if (body.hasNonNull("port_id")) {
			associate(call, floatingIp, body);
		}
		this.state.put(Kind.FLOATING_IP, floatingIp);
		return floatingIp;
	}

	private void associate(Call call, ObjectNode floatingIp, JsonNode body) {
		String portId = Json.text(body, "port_id");
		ObjectNode port = Scope.find(call, this.state, Kind.PORT, portId);
		JsonNode fixedIp = null;
		for (JsonNode ip : port.path("fixed_ips")) {
			String wanted = Json.text(body, "fixed_ip_address");
			if ((wanted == null && Address.parse(ip.path("ip_address").asString()).version() == 4)
					|| ip.path("ip_address").asString().equals(wanted)) {
				fixedIp = ip;
				break;
			}
		}
		if (fixedIp == null) {
			throw NeutronError.badResource("floatingip", "Port " + portId + " does not have a fixed IPv4 address");
		}
		String subnetId = fixedIp.path("subnet_id").asString();
		String networkId = Json.text(floatingIp, "floating_network_id");
		String routerId = routerBetween(subnetId, networkId);
		if (routerId == null) {
			throw NeutronError.of(404, "ExternalGatewayForFloatingIPNotFound",
					"External network " + networkId + " is not reachable from subnet " + subnetId
							+ ".  Therefore, cannot associate Port " + portId + " with a Floating IP.");
		}
		for (ObjectNode other : this.state.all(Kind.FLOATING_IP)) {
			if (portId.equals(Json.text(other, "port_id")) && !other.path("id").equals(floatingIp.path("id"))
					&& fixedIp.path("ip_address").asString().equals(Json.text(other, "fixed_ip_address"))) {
				throw NeutronError.of(409, "FloatingIPPortAlreadyAssociated", "Cannot associate floating IP "
						+ Json.text(floatingIp, "floating_ip_address") + " (" + floatingIp.path("id").asString()
						+ ") with port " + portId + " using fixed IP " + fixedIp.path("ip_address").asString()
						+ ", as that fixed IP already has a floating IP on external network " + networkId + ".");
			}
		}
		floatingIp.put("port_id", portId);
		floatingIp.put("fixed_ip_address", fixedIp.path("ip_address").asString());
		floatingIp.put("router_id", routerId);
	}

	/** A router with a gateway on the external network and an interface on the subnet. */
	private String routerBetween(String subnetId, String externalNetworkId) {
		for (ObjectNode router : this.state.all(Kind.ROUTER)) {
			String routerId = router.path("id").asString();
			if (!externalNetworkId.equals(router.path("external_gateway_info").path("network_id").asString(null))) {
				continue;
			}
			for (ObjectNode port : this.state.where(Kind.PORT, (p) -> routerId.equals(Json.text(p, "device_id"))
					&& "network:router_interface".equals(Json.text(p, "device_owner")))) {
				if (!Ports.ipsOn(port, subnetId).isEmpty()) {
					return routerId;
				}
			}
		}
		return null;
	}

	private Reply show(Call call) {
		return Reply.ok(Json.object("floatingip", Listings.fields(call, Kind.FLOATING_IP,
				Scope.find(call, this.state, Kind.FLOATING_IP, call.param("id")))));
	}

	private Reply update(Call call) {
		ObjectNode changes = Bodies.update(call, Kind.FLOATING_IP, ATTRIBUTES, UPDATABLE);
		ObjectNode floatingIp = Scope.findOwned(call, this.state, Kind.FLOATING_IP, call.param("id"), "update");
		if (changes.has("port_id")) {
			if (changes.get("port_id").isNull()) {
				disassociate(this.state, floatingIp);
			}
			else {
				associate(call, floatingIp, changes);
			}
		}
		if (changes.has("description")) {
			floatingIp.put("description", Json.text(changes, "description"));
		}
		this.state.touch(floatingIp);
		return Reply.ok(Json.object("floatingip", floatingIp));
	}

	private Reply delete(Call call) {
		ObjectNode floatingIp = Scope.findOwned(call, this.state, Kind.FLOATING_IP, call.param("id"), "delete");
		String id = floatingIp.path("id").asString();
		this.state.where(Kind.PORT, (port) -> id.equals(Json.text(port, "device_id")))
			.forEach((port) -> this.state.remove(Kind.PORT, port.path("id").asString()));
		this.state.remove(Kind.FLOATING_IP, id);
		return Reply.empty(204);
	}

}
