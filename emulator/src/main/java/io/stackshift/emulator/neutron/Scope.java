package io.stackshift.emulator.neutron;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Caller;
import io.stackshift.emulator.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Neutron's default (Zed) policies as far as a client can tell: an admin may act in any
 * project; anyone else sees their own project's objects plus shared and external networks
 * (and their subnets), and gets 404 for everything else, as if it did not exist.
 */
final class Scope {

	private Scope() {
	}

	/**
	 * The project a new resource belongs to: the token's, or the body's when an admin
	 * says so.
	 */
	static String owner(Call call, JsonNode body) {
		Caller caller = call.caller();
		String asked = Json.text(body, "project_id");
		if (asked == null) {
			asked = Json.text(body, "tenant_id");
		}
		if (asked == null || asked.equals(caller.projectId())) {
			return caller.projectId();
		}
		if (!caller.isAdmin()) {
			throw NeutronError.badRequest("Specifying 'project_id' or 'tenant_id' other than the authenticated"
					+ " project in request requires admin or advsvc privileges");
		}
		return asked;
	}

	static boolean visible(Call call, NeutronState state, Kind kind, ObjectNode node) {
		Caller caller = call.caller();
		if (caller.isAdmin() || caller.projectId().equals(Json.text(node, "project_id"))) {
			return true;
		}
		if (kind == Kind.NETWORK) {
			return isPublic(node);
		}
		if (kind == Kind.SUBNET) {
			ObjectNode network = state.get(Kind.NETWORK, Json.text(node, "network_id"));
			return network != null && isPublic(network);
		}
		return false;
	}

	static boolean isPublic(ObjectNode network) {
		return network.path("shared").asBoolean() || network.path("router:external").asBoolean();
	}

	/**
	 * Refuses a subnet or port on a network the caller's project does not own (a shared
	 * network still takes ports), with Neutron's 403.
	 */
	static void requireNetworkUse(Call call, ObjectNode network, String what) {
		Caller caller = call.caller();
		boolean own = caller.projectId().equals(Json.text(network, "project_id"));
		boolean shared = network.path("shared").asBoolean() && what.equals("port");
		if (!caller.isAdmin() && !own && !shared) {
			throw NeutronError.of(403, "HTTPForbidden",
					"Tenant " + caller.projectId() + " not allowed to create " + what + " on this network");
		}
	}

	/** The resource if the caller may see it, else the kind's 404. */
	static ObjectNode find(Call call, NeutronState state, Kind kind, String id) {
		ObjectNode node = state.get(kind, id);
		if (node == null || !visible(call, state, kind, node)) {
			throw kind.notFound(id);
		}
		return node;
	}

	/**
	 * The resource if the caller may change it: visible but not owned is a policy
	 * refusal.
	 */
	static ObjectNode findOwned(Call call, NeutronState state, Kind kind, String id, String action) {
		ObjectNode node = find(call, state, kind, id);
		if (!call.caller().owns(Json.text(node, "project_id"))) {
			throw NeutronError.policy(action + "_" + kind.singular);
		}
		return node;
	}

}
