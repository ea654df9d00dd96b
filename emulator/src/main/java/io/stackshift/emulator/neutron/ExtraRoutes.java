package io.stackshift.emulator.neutron;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.stackshift.emulator.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A router's extra routes and the rule that ties them to its interfaces: every nexthop
 * must lie on a subnet the router is attached to (400 InvalidRoutes), at most 30 routes
 * (Neutron's {@code max_routes}).
 */
final class ExtraRoutes {

	static final int MAX_ROUTES = 30;

	private ExtraRoutes() {
	}

	record Route(String destination, String nexthop) {

		ObjectNode toJson() {
			ObjectNode node = Json.object();
			node.put("destination", this.destination);
			node.put("nexthop", this.nexthop);
			return node;
		}

	}

	static List<Route> parse(JsonNode routes) {
		List<Route> parsed = new ArrayList<>();
		if (routes == null || routes.isNull()) {
			return parsed;
		}
		if (!routes.isArray()) {
			throw NeutronError.badRequest("Invalid input for routes. Reason: '" + routes + "' is not a list.");
		}
		for (JsonNode route : routes) {
			String destination = Json.text(route, "destination");
			String nexthop = Json.text(route, "nexthop");
			Cidr cidr = Cidr.parse(destination);
			if (cidr == null || Address.parse(nexthop) == null) {
				throw NeutronError.badRequest(
						"Invalid input for routes. Reason: Invalid data format for hostroute: '" + route + "'.");
			}
			parsed.add(new Route(cidr.toString(), nexthop));
		}
		return parsed;
	}

	static List<Route> of(ObjectNode router) {
		return parse(router.get("routes"));
	}

	static ArrayNode toJson(Iterable<Route> routes) {
		ArrayNode array = Json.array();
		routes.forEach((route) -> array.add(route.toJson()));
		return array;
	}

	/** Checks a router's would-be routes against the CIDRs of its attached subnets. */
	static void validate(String routerId, List<Route> routes, List<Cidr> attached) {
		Set<Route> unique = new LinkedHashSet<>(routes);
		if (unique.size() > MAX_ROUTES) {
			throw NeutronError.of(400, "RoutesExhausted", "Unable to complete operation for " + routerId
					+ ". The number of routes exceeds the maximum " + MAX_ROUTES + ".");
		}
		for (Route route : unique) {
			Address nexthop = Address.parse(route.nexthop());
			if (attached.stream().noneMatch((cidr) -> cidr.contains(nexthop))) {
				throw NeutronError.of(400, "InvalidRoutes",
						"Invalid format for routes: " + python(routes) + ", the nexthop is not connected with router");
			}
		}
	}

	/** Routes printed as Neutron's message prints them: a Python list of dicts. */
	static String python(List<Route> routes) {
		List<String> items = new ArrayList<>();
		for (Route route : routes) {
			items.add("{'destination': '" + route.destination() + "', 'nexthop': '" + route.nexthop() + "'}");
		}
		return "[" + String.join(", ", items) + "]";
	}

}
