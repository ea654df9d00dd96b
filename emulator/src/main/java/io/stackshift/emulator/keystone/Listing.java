package io.stackshift.emulator.keystone;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keystone's list envelope: {@code {"<plural>": [...], "links": {"next": null, "self":
 * ..., "previous": null}}}, and the self link each entity carries.
 */
final class Listing {

	private Listing() {
	}

	static ObjectNode of(String plural, ArrayNode items, Call call) {
		ObjectNode body = Json.object();
		body.set(plural, items);
		ObjectNode links = body.putObject("links");
		links.putNull("next");
		String query = (call.rawQuery() != null) ? "?" + call.rawQuery() : "";
		links.put("self", call.baseUrl() + call.path() + query);
		links.putNull("previous");
		return body;
	}

	static void selfLink(ObjectNode entity, Call call, String collection, String id) {
		entity.putObject("links").put("self", call.baseUrl() + "/v3/" + collection + "/" + id);
	}

	static void requireAdmin(Call call, String action) {
		if (!call.caller().isAdmin()) {
			throw KeystoneError.forbidden(action);
		}
	}

}
