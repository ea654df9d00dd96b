package io.stackshift.emulator.neutron;

import java.util.ArrayList;
import java.util.List;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code add_router_interface} and {@code remove_router_interface}, by subnet (the router
 * takes the subnet's gateway IP) or by port. A gatewayless subnet or a second interface
 * on one subnet is a 400; removing an interface that a route's nexthop needs is 409
 * RouterInterfaceInUseByRoute.
 */
final class RouterInterfaces {

	private static final String OWNER = "network:router_interface";

	private final NeutronState state;

	private final Ports ports;

	RouterInterfaces(NeutronState state) {
		this.state = state;
		this.ports = new Ports(state);
	}

	void register(Routes routes) {
		routes.add("PUT", "/v2.0/routers/{id}/add_router_interface", this::add)
			.add("PUT", "/v2.0/routers/{id}/remove_router_interface", this::remove);
	}

	List<ObjectNode> interfacePorts(String routerId) {
		return this.state.where(Kind.PORT, (port) -> routerId.equals(Json.text(port, "device_id"))
				&& OWNER.equals(Json.text(port, "device_owner")));
	}

	/**
	 * The CIDRs a nexthop may lie on: the router's interface subnets and gateway subnets.
	 */
	List<Cidr> attachedCidrs(ObjectNode router) {
		String routerId = router.path("id").asString();
		List<Cidr> cidrs = new ArrayList<>();
		for (ObjectNode port : this.state.where(Kind.PORT, (p) -> routerId.equals(Json.text(p, "device_id")))) {
			for (JsonNode ip : port.path("fixed_ips")) {
				ObjectNode subnet = this.state.get(Kind.SUBNET, ip.path("subnet_id").asString());
				if (subnet != null) {
					cidrs.add(Cidr.parse(Json.text(subnet, "cidr")));
				}
			}
		}
		return cidrs;
	}

	private Reply add(Call call) {
		ObjectNode router = Scope.findOwned(call, this.state, Kind.ROUTER, call.param("id"), "add_router_interface");
		JsonNode body = (call.json() != null) ? call.json() : Json.object();
		String subnetId = Json.text(body, "subnet_id");
		String portId = Json.text(body, "port_id");
		if (subnetId != null && portId != null) {
			throw NeutronError.badResource("router", "Cannot specify both subnet-id and port-id");
		}
		if (subnetId == null && portId == null) {
			throw NeutronError.badResource("router", "Either subnet_id or port_id must be specified");
		}
		ObjectNode port = (subnetId != null) ? portForSubnet(call, router, subnetId) : adoptPort(call, router, portId);
		this.state.touch(router);
		return Reply.ok(info(router, port));
	}

	private ObjectNode portForSubnet(Call call, ObjectNode router, String subnetId) {
		ObjectNode subnet = Scope.find(call, this.state, Kind.SUBNET, subnetId);
		if (subnet.path("gateway_ip").isNull()) {
			throw NeutronError.badResource("router", "Subnet for router interface must have a gateway IP");
		}
		checkNotAttached(router, subnet);
		ObjectNode network = this.state.get(Kind.NETWORK, Json.text(subnet, "network_id"));
		ArrayNode ask = Json.array();
		ObjectNode ip = ask.addObject();
		ip.put("subnet_id", subnetId);
		ip.put("ip_address", Json.text(subnet, "gateway_ip"));
		ArrayNode fixedIps = this.ports.fixedIps(network, ask, null);
		return this.ports.servicePort(Json.text(router, "project_id"), network, fixedIps, OWNER,
				router.path("id").asString());
	}

	private ObjectNode adoptPort(Call call, ObjectNode router, String portId) {
		ObjectNode port = Scope.find(call, this.state, Kind.PORT, portId);
		String device = Json.text(port, "device_id");
		if (device != null && !device.isEmpty()) {
			throw NeutronError.of(409, "PortInUse", "Unable to complete operation on port " + portId + " for network "
					+ Json.text(port, "network_id") + ". Port already has an attached device " + device + ".");
		}
		if (port.path("fixed_ips").isEmpty()) {
			throw NeutronError.badResource("router", "Router port must have at least one fixed IP");
		}
		for (JsonNode ip : port.path("fixed_ips")) {
			checkNotAttached(router, this.state.get(Kind.SUBNET, ip.path("subnet_id").asString()));
		}
		port.put("device_id", router.path("id").asString());
		port.put("device_owner", OWNER);
		this.state.touch(port);
		return port;
	}

	private void checkNotAttached(ObjectNode router, ObjectNode subnet) {
		String subnetId = subnet.path("id").asString();
		Cidr cidr = Cidr.parse(Json.text(subnet, "cidr"));
		for (ObjectNode port : interfacePorts(router.path("id").asString())) {
			for (JsonNode ip : port.path("fixed_ips")) {
				String attachedId = ip.path("subnet_id").asString();
				if (attachedId.equals(subnetId)) {
					throw NeutronError.badResource("router", "Router already has a port on subnet " + subnetId);
				}
				ObjectNode attached = this.state.get(Kind.SUBNET, attachedId);
				if (attached != null && Cidr.parse(Json.text(attached, "cidr")).overlaps(cidr)) {
					throw NeutronError.badResource("router", "Cidr " + cidr + " of subnet " + subnetId
							+ " overlaps with cidr " + Json.text(attached, "cidr") + " of subnet " + attachedId);
				}
			}
		}
	}

	private Reply remove(Call call) {
		ObjectNode router = Scope.findOwned(call, this.state, Kind.ROUTER, call.param("id"), "remove_router_interface");
		String routerId = router.path("id").asString();
		JsonNode body = (call.json() != null) ? call.json() : Json.object();
		String subnetId = Json.text(body, "subnet_id");
		String portId = Json.text(body, "port_id");
		if (subnetId == null && portId == null) {
			throw NeutronError.badResource("router", "Either subnet_id or port_id must be specified");
		}
		ObjectNode port = null;
		for (ObjectNode candidate : interfacePorts(routerId)) {
			boolean onSubnet = subnetId != null && !Ports.ipsOn(candidate, subnetId).isEmpty();
			if ((portId != null && portId.equals(candidate.path("id").asString())) || (portId == null && onSubnet)) {
				port = candidate;
			}
		}
		if (port == null) {
			throw (portId != null)
					? NeutronError.of(404, "RouterInterfaceNotFound",
							"Router " + routerId + " does not have an interface with id " + portId)
					: NeutronError.of(404, "RouterInterfaceNotFoundForSubnet",
							"Router " + routerId + " has no interface on subnet " + subnetId);
		}
		checkRoutesKeepNexthops(router, port);
		ObjectNode reply = info(router, port);
		this.state.remove(Kind.PORT, port.path("id").asString());
		this.state.touch(router);
		return Reply.ok(reply);
	}

	private void checkRoutesKeepNexthops(ObjectNode router, ObjectNode leaving) {
		String leavingId = leaving.path("id").asString();
		List<Cidr> remaining = new ArrayList<>();
		for (ObjectNode port : this.state.where(Kind.PORT,
				(p) -> router.path("id").asString().equals(Json.text(p, "device_id"))
						&& !leavingId.equals(p.path("id").asString()))) {
			port.path("fixed_ips").forEach((ip) -> {
				ObjectNode subnet = this.state.get(Kind.SUBNET, ip.path("subnet_id").asString());
				if (subnet != null) {
					remaining.add(Cidr.parse(Json.text(subnet, "cidr")));
				}
			});
		}
		for (ExtraRoutes.Route route : ExtraRoutes.of(router)) {
			Address nexthop = Address.parse(route.nexthop());
			if (remaining.stream().noneMatch((cidr) -> cidr.contains(nexthop))) {
				String subnetId = leaving.path("fixed_ips").path(0).path("subnet_id").asString();
				throw NeutronError.of(409, "RouterInterfaceInUseByRoute",
						"Router interface for subnet " + subnetId + " on router " + router.path("id").asString()
								+ " cannot be deleted, as it is required by one or more routes.");
			}
		}
	}

	private static ObjectNode info(ObjectNode router, ObjectNode port) {
		ObjectNode info = Json.object();
		info.put("id", router.path("id").asString());
		info.put("tenant_id", Json.text(router, "project_id"));
		info.put("port_id", port.path("id").asString());
		info.put("network_id", Json.text(port, "network_id"));
		ArrayNode subnetIds = Json.array();
		port.path("fixed_ips").forEach((ip) -> subnetIds.add(ip.path("subnet_id").asString()));
		info.put("subnet_id", subnetIds.path(0).asString());
		info.set("subnet_ids", subnetIds);
		return info;
	}

}
