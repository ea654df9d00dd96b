package io.stackshift.emulator.neutron;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * {@code /v2.0/routers}: no bulk (400, as in Neutron), external gateway, routes by PUT
 * and by the atomic {@code add_extraroutes}/{@code remove_extraroutes}. Interfaces are in
 * {@link RouterInterfaces}.
 */
final class RoutersApi {

	static final Set<String> ATTRIBUTES = Set.of("name", "admin_state_up", "description", "external_gateway_info",
			"distributed", "ha", "availability_zone_hints", "flavor_id", "project_id", "tenant_id", "tags", "routes");

	private static final Set<String> UPDATABLE = Set.of("name", "admin_state_up", "description",
			"external_gateway_info", "distributed", "ha", "routes");

	private static final Set<String> FILTERS = Set.of("id", "name", "tenant_id", "project_id", "admin_state_up",
			"status", "description", "distributed", "ha", "flavor_id", "revision_number", "created_at", "updated_at");

	private final NeutronState state;

	private final Ports ports;

	private final RouterInterfaces interfaces;

	RoutersApi(NeutronState state) {
		this.state = state;
		this.ports = new Ports(state);
		this.interfaces = new RouterInterfaces(state);
	}

	void register(Routes routes) {
		routes.add("GET", "/v2.0/routers", this::list)
			.add("POST", "/v2.0/routers", this::create)
			.add("GET", "/v2.0/routers/{id}", this::show)
			.add("PUT", "/v2.0/routers/{id}", this::update)
			.add("DELETE", "/v2.0/routers/{id}", this::delete)
			.add("PUT", "/v2.0/routers/{id}/add_extraroutes", (call) -> changeRoutes(call, true))
			.add("PUT", "/v2.0/routers/{id}/remove_extraroutes", (call) -> changeRoutes(call, false));
		this.interfaces.register(routes);
	}

	private Reply list(Call call) {
		List<ObjectNode> visible = new ArrayList<>();
		for (ObjectNode router : this.state.all(Kind.ROUTER)) {
			if (Scope.visible(call, this.state, Kind.ROUTER, router)) {
				visible.add(router);
			}
		}
		return Listings.list(call, Kind.ROUTER, visible, FILTERS);
	}

	private Reply create(Call call) {
		return Bodies.create(call, this.state, Kind.ROUTER, ATTRIBUTES, false, (body) -> create(call, body),
				(items) -> {
				});
	}

	private ObjectNode create(Call call, ObjectNode body) {
		if (body.has("routes")) {
			throw NeutronError.badRequest("Attribute 'routes' not allowed in POST");
		}
		String project = Scope.owner(call, body);
		QuotasApi.require(this.state, project, Kind.ROUTER, 1);
		ObjectNode router = this.state.stamp(project);
		router.put("name", Bodies.text(body, "name", ""));
		router.put("admin_state_up", Bodies.bool(body, "admin_state_up", true));
		router.put("status", "ACTIVE");
		router.putNull("external_gateway_info");
		router.put("description", Bodies.text(body, "description", ""));
		router.putArray("availability_zones");
		router.put("distributed", Bodies.bool(body, "distributed", false));
		router.put("ha", Bodies.bool(body, "ha", false));
		router.set("availability_zone_hints",
				body.has("availability_zone_hints") ? body.get("availability_zone_hints").deepCopy() : Json.array());
		router.putArray("routes");
		router.put("flavor_id", Json.text(body, "flavor_id"));
		if (body.has("tags")) {
			router.set("tags", body.get("tags").deepCopy());
		}
		router.put("revision_number", 1);
		this.state.put(Kind.ROUTER, router);
		if (body.has("external_gateway_info")) {
			setGateway(call, router, body.get("external_gateway_info"));
		}
		return router;
	}

	private Reply show(Call call) {
		return Reply.ok(Json.object("router",
				Listings.fields(call, Kind.ROUTER, Scope.find(call, this.state, Kind.ROUTER, call.param("id")))));
	}

	private Reply update(Call call) {
		ObjectNode changes = Bodies.update(call, Kind.ROUTER, ATTRIBUTES, UPDATABLE);
		ObjectNode router = Scope.findOwned(call, this.state, Kind.ROUTER, call.param("id"), "update");
		if (changes.has("routes")) {
			List<ExtraRoutes.Route> routes = ExtraRoutes.parse(changes.get("routes"));
			ExtraRoutes.validate(router.path("id").asString(), routes, this.interfaces.attachedCidrs(router));
			router.set("routes", ExtraRoutes.toJson(new LinkedHashSet<>(routes)));
			changes.remove("routes");
		}
		if (changes.has("external_gateway_info")) {
			setGateway(call, router, changes.remove("external_gateway_info"));
		}
		changes.properties().forEach((entry) -> router.set(entry.getKey(), entry.getValue().deepCopy()));
		this.state.touch(router);
		return Reply.ok(Json.object("router", Views.of(call, Kind.ROUTER, router)));
	}

	private Reply changeRoutes(Call call, boolean add) {
		ObjectNode router = Scope.findOwned(call, this.state, Kind.ROUTER, call.param("id"), "update");
		JsonNode body = call.json();
		JsonNode asked = (body != null) ? body.path("router").get("routes") : null;
		if (asked == null) {
			throw NeutronError.badRequest("Resource body required");
		}
		List<ExtraRoutes.Route> changes = ExtraRoutes.parse(asked);
		Set<ExtraRoutes.Route> routes = new LinkedHashSet<>(ExtraRoutes.of(router));
		if (add) {
			ExtraRoutes.validate(router.path("id").asString(), changes, this.interfaces.attachedCidrs(router));
			routes.addAll(changes);
			ExtraRoutes.validate(router.path("id").asString(), new ArrayList<>(routes),
					this.interfaces.attachedCidrs(router));
		}
		else {
			changes.forEach(routes::remove);
		}
		router.set("routes", ExtraRoutes.toJson(routes));
		this.state.touch(router);
		return Reply.ok(Json.object("router", Views.of(call, Kind.ROUTER, router)));
	}

	private void setGateway(Call call, ObjectNode router, JsonNode info) {
		String routerId = router.path("id").asString();
		boolean clearing = info == null || info.isNull() || !info.has("network_id");
		String networkId = clearing ? null : Json.text(info, "network_id");
		ObjectNode network = clearing ? null : Scope.find(call, this.state, Kind.NETWORK, networkId);
		// Check the new gateway before the old one goes, so that a refusal changes
		// nothing.
		if (network != null && !network.path("router:external").asBoolean()) {
			throw NeutronError.badResource("router", "Network " + networkId + " is not an external network");
		}
		this.state
			.where(Kind.PORT,
					(port) -> routerId.equals(Json.text(port, "device_id"))
							&& "network:router_gateway".equals(Json.text(port, "device_owner")))
			.forEach((port) -> this.state.remove(Kind.PORT, port.path("id").asString()));
		if (clearing) {
			router.putNull("external_gateway_info");
			return;
		}
		ArrayNode fixedIps = this.ports.fixedIps(network, info.get("external_fixed_ips"), null);
		if (fixedIps.isEmpty()) {
			throw NeutronError.of(409, "IpAddressGenerationFailure",
					"No more IP addresses available on network " + networkId + ".");
		}
		this.ports.servicePort("", network, fixedIps, "network:router_gateway", routerId);
		ObjectNode gateway = Json.object();
		gateway.put("network_id", networkId);
		gateway.set("external_fixed_ips", fixedIps.deepCopy());
		gateway.put("enable_snat", Bodies.bool(info, "enable_snat", true));
		router.set("external_gateway_info", gateway);
	}

	private Reply delete(Call call) {
		ObjectNode router = Scope.findOwned(call, this.state, Kind.ROUTER, call.param("id"), "delete");
		String id = router.path("id").asString();
		List<ObjectNode> attached = this.interfaces.interfacePorts(id);
		if (!attached.isEmpty()) {
			List<String> ids = attached.stream().map((p) -> p.path("id").asString()).toList();
			throw NeutronError.of(409, "RouterInUse",
					"Router " + id + " has ports still attached: " + String.join(", ", ids));
		}
		for (ObjectNode floatingIp : this.state.all(Kind.FLOATING_IP)) {
			if (id.equals(Json.text(floatingIp, "router_id"))) {
				FloatingIpsApi.disassociate(this.state, floatingIp);
			}
		}
		setGateway(call, router, null);
		this.state.remove(Kind.ROUTER, id);
		return Reply.empty(204);
	}

}
