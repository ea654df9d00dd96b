package io.stackshift.emulator.neutron;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v2.0/subnets} with Neutron's validations in Neutron's order: CIDR format, IP
 * version, overlap within the network (400 InvalidInput), pools inside the CIDR (400),
 * overlapping pools and a gateway inside a pool (409). A gateway outside the CIDR is
 * accepted, as Neutron does.
 */
final class SubnetsApi {

	static final Set<String> ATTRIBUTES = Set.of("network_id", "cidr", "ip_version", "name", "gateway_ip",
			"allocation_pools", "dns_nameservers", "host_routes", "enable_dhcp", "ipv6_ra_mode", "ipv6_address_mode",
			"description", "project_id", "tenant_id", "subnetpool_id", "tags", "service_types", "segment_id",
			"prefixlen", "use_default_subnetpool", "dns_publish_fixed_ip");

	private static final Set<String> UPDATABLE = Set.of("name", "gateway_ip", "allocation_pools", "dns_nameservers",
			"host_routes", "enable_dhcp", "description", "service_types", "segment_id", "dns_publish_fixed_ip");

	private static final Set<String> FILTERS = Set.of("id", "name", "tenant_id", "project_id", "network_id",
			"ip_version", "subnetpool_id", "enable_dhcp", "ipv6_ra_mode", "ipv6_address_mode", "gateway_ip", "cidr",
			"description", "revision_number", "segment_id", "created_at", "updated_at");

	private final NeutronState state;

	SubnetsApi(NeutronState state) {
		this.state = state;
	}

	void register(Routes routes) {
		routes.add("GET", "/v2.0/subnets", this::list)
			.add("POST", "/v2.0/subnets", this::create)
			.add("GET", "/v2.0/subnets/{id}", this::show)
			.add("PUT", "/v2.0/subnets/{id}", this::update)
			.add("DELETE", "/v2.0/subnets/{id}", this::delete);
	}

	private Reply list(Call call) {
		List<ObjectNode> visible = new ArrayList<>();
		for (ObjectNode subnet : this.state.all(Kind.SUBNET)) {
			if (Scope.visible(call, this.state, Kind.SUBNET, subnet)) {
				visible.add(subnet);
			}
		}
		return Listings.list(call, Kind.SUBNET, visible, FILTERS);
	}

	private Reply create(Call call) {
		return Bodies.create(call, this.state, Kind.SUBNET, ATTRIBUTES, true, (body) -> create(call, body), (items) -> {
		});
	}

	ObjectNode create(Call call, ObjectNode body) {
		String networkId = Bodies.uuid(body, "network_id");
		JsonNode versionNode = body.get("ip_version");
		if (versionNode == null || !(versionNode.asInt() == 4 || versionNode.asInt() == 6)) {
			throw NeutronError.badRequest("Invalid input for ip_version. Reason: " + ((versionNode == null)
					? "'None' is not an integer." : versionNode.asString() + " is not in [4, 6]."));
		}
		int version = versionNode.asInt();
		String cidrText = Json.text(body, "cidr");
		if (cidrText == null) {
			throw NeutronError.badResource("subnets", "a subnetpool must be specified in the absence of a cidr");
		}
		Cidr cidr = Cidr.parse(cidrText);
		if (cidr == null) {
			throw NeutronError.invalidInput(cidrText + " is not in a CIDR format.");
		}
		String project = Scope.owner(call, body);
		ObjectNode network = Scope.find(call, this.state, Kind.NETWORK, networkId);
		Scope.requireNetworkUse(call, network, "subnet");
		if (cidr.version() != version) {
			throw NeutronError.invalidInput("cidr '" + cidrText + "' does not match the ip_version '" + version + "'");
		}
		for (ObjectNode other : this.state.where(Kind.SUBNET, (s) -> networkId.equals(Json.text(s, "network_id")))) {
			if (cidr.overlaps(Cidr.parse(Json.text(other, "cidr")))) {
				throw NeutronError.invalidInput("Requested subnet with cidr: " + cidr + " for network: " + networkId
						+ " overlaps with another subnet.");
			}
		}
		Address gateway = gateway(body, cidr);
		List<Pool> pools = body.has("allocation_pools") && !body.get("allocation_pools").isNull()
				? requestedPools(body.get("allocation_pools"), cidr) : Pool.defaults(cidr, gateway);
		checkGateway(gateway, pools);
		QuotasApi.require(this.state, project, Kind.SUBNET, 1);
		ObjectNode subnet = this.state.stamp(project);
		subnet.put("name", Bodies.text(body, "name", ""));
		subnet.put("network_id", network.path("id").asString());
		subnet.put("ip_version", version);
		subnet.putNull("subnetpool_id");
		subnet.put("enable_dhcp", Bodies.bool(body, "enable_dhcp", true));
		subnet.put("ipv6_ra_mode", Json.text(body, "ipv6_ra_mode"));
		subnet.put("ipv6_address_mode", Json.text(body, "ipv6_address_mode"));
		subnet.put("gateway_ip", (gateway != null) ? gateway.toString() : null);
		subnet.put("cidr", cidr.toString());
		subnet.set("allocation_pools", Pool.toJson(pools));
		subnet.set("host_routes", copyOr(body, "host_routes"));
		subnet.set("dns_nameservers", copyOr(body, "dns_nameservers"));
		subnet.put("description", Bodies.text(body, "description", ""));
		subnet.set("service_types", copyOr(body, "service_types"));
		if (body.has("tags")) {
			subnet.set("tags", body.get("tags").deepCopy());
		}
		this.state.put(Kind.SUBNET, subnet);
		this.state.touch(network);
		return subnet;
	}

	/** The gateway: absent means the first host, JSON null means none. */
	private static Address gateway(JsonNode body, Cidr cidr) {
		if (!body.has("gateway_ip")) {
			// IPv6 subnets get the subnet-router anycast address, IPv4 the first host.
			return (cidr.version() == 6) ? cidr.first() : cidr.firstHost();
		}
		if (body.get("gateway_ip").isNull()) {
			return null;
		}
		Address gateway = Address.parse(body.get("gateway_ip").asString());
		if (gateway == null) {
			throw NeutronError.badRequest("Invalid input for gateway_ip. Reason: '" + body.get("gateway_ip").asString()
					+ "' is not a valid IP address.");
		}
		return gateway;
	}

	private static List<Pool> requestedPools(JsonNode array, Cidr cidr) {
		List<Pool> pools = new ArrayList<>();
		for (JsonNode item : array) {
			Address start = Address.parse(item.path("start").asString(null));
			Address end = Address.parse(item.path("end").asString(null));
			if (start == null || end == null || start.version() != cidr.version() || end.version() != cidr.version()
					|| start.compareTo(end) > 0) {
				throw NeutronError.of(400, "InvalidAllocationPool", "The allocation pool "
						+ item.path("start").asString() + "-" + item.path("end").asString() + " is not valid.");
			}
			Pool pool = new Pool(start, end);
			if (!cidr.contains(start) || !cidr.contains(end)) {
				throw NeutronError.of(400, "OutOfBoundsAllocationPool",
						"The allocation pool " + pool + " spans beyond the subnet cidr " + cidr + ".");
			}
			pools.add(pool);
		}
		for (int i = 0; i < pools.size(); i++) {
			for (int j = i + 1; j < pools.size(); j++) {
				if (pools.get(i).overlaps(pools.get(j))) {
					throw NeutronError.of(409, "OverlappingAllocationPools", "Found overlapping allocation pools: "
							+ pools.get(i) + " " + pools.get(j) + " for subnet " + cidr + ".");
				}
			}
		}
		return pools;
	}

	private static void checkGateway(Address gateway, List<Pool> pools) {
		for (Pool pool : pools) {
			if (pool.contains(gateway)) {
				throw NeutronError.of(409, "GatewayConflictWithAllocationPools",
						"Gateway ip " + gateway + " conflicts with allocation pool " + pool + ".");
			}
		}
	}

	private static tools.jackson.databind.node.ArrayNode copyOr(JsonNode body, String field) {
		JsonNode value = body.get(field);
		return (value != null && value.isArray()) ? (tools.jackson.databind.node.ArrayNode) value.deepCopy()
				: Json.array();
	}

	private Reply show(Call call) {
		return Reply.ok(Json.object("subnet",
				Listings.fields(call, Kind.SUBNET, Scope.find(call, this.state, Kind.SUBNET, call.param("id")))));
	}

	private Reply update(Call call) {
		ObjectNode changes = Bodies.update(call, Kind.SUBNET, ATTRIBUTES, UPDATABLE);
		ObjectNode subnet = Scope.findOwned(call, this.state, Kind.SUBNET, call.param("id"), "update");
		Cidr cidr = Cidr.parse(Json.text(subnet, "cidr"));
		Address gateway = changes.has("gateway_ip") ? gateway(changes, cidr)
				: Address.parse(Json.text(subnet, "gateway_ip"));
		List<Pool> pools = changes.has("allocation_pools") ? requestedPools(changes.get("allocation_pools"), cidr)
				: Pool.of(subnet);
		checkGateway(gateway, pools);
		changes.properties().forEach((entry) -> subnet.set(entry.getKey(), entry.getValue().deepCopy()));
		subnet.put("gateway_ip", (gateway != null) ? gateway.toString() : null);
		subnet.set("allocation_pools", Pool.toJson(pools));
		this.state.touch(subnet);
		return Reply.ok(Json.object("subnet", subnet));
	}

	private Reply delete(Call call) {
		ObjectNode subnet = Scope.findOwned(call, this.state, Kind.SUBNET, call.param("id"), "delete");
		String id = subnet.path("id").asString();
		boolean used = !this.state
			.where(Kind.PORT,
					(port) -> !"network:dhcp".equals(Json.text(port, "device_owner"))
							&& Ports.ipsOn(port, id).size() > 0)
			.isEmpty();
		if (used) {
			throw NeutronError.of(409, "SubnetInUse", "Unable to complete operation on subnet " + id
					+ ": One or more ports have an IP allocation from this subnet.");
		}
		this.state.remove(Kind.SUBNET, id);
		return Reply.empty(204);
	}

}
