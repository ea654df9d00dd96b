package io.stackshift.emulator.neutron;

import java.util.LinkedHashSet;
import java.util.Set;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v2.0/{resources}/{id}/tags}: replace all, add one, check one, remove one or
 * all.
 */
final class TagsApi {

	private final NeutronState state;

	TagsApi(NeutronState state) {
		this.state = state;
	}

	void register(Routes routes) {
		for (Kind kind : new Kind[] { Kind.NETWORK, Kind.SUBNET, Kind.PORT, Kind.ROUTER, Kind.SECURITY_GROUP,
				Kind.FLOATING_IP }) {
			String base = "/v2.0/" + kind.segment + "/{id}/tags";
			routes.add("GET", base, (call) -> list(call, kind))
				.add("PUT", base, (call) -> replace(call, kind))
				.add("DELETE", base, (call) -> clear(call, kind))
				.add("GET", base + "/{tag}", (call) -> check(call, kind))
				.add("PUT", base + "/{tag}", (call) -> add(call, kind))
				.add("DELETE", base + "/{tag}", (call) -> remove(call, kind));
		}
	}

	private Reply list(Call call, Kind kind) {
		ObjectNode resource = Scope.find(call, this.state, kind, call.param("id"));
		return Reply.ok(Json.object("tags", resource.get("tags").deepCopy()));
	}

	private Reply replace(Call call, Kind kind) {
		ObjectNode resource = Scope.findOwned(call, this.state, kind, call.param("id"), "update");
		JsonNode tags = (call.json() != null) ? call.json().get("tags") : null;
		if (tags == null || !tags.isArray()) {
			throw NeutronError.badRequest("Invalid input for tags. Reason: 'None' is not a list.");
		}
		Set<String> unique = new LinkedHashSet<>();
		tags.forEach((tag) -> unique.add(tag.asString()));
		resource.set("tags", toArray(unique));
		this.state.touch(resource);
		return Reply.ok(Json.object("tags", toArray(unique)));
	}

	private Reply clear(Call call, Kind kind) {
		ObjectNode resource = Scope.findOwned(call, this.state, kind, call.param("id"), "update");
		resource.putArray("tags");
		this.state.touch(resource);
		return Reply.empty(204);
	}

	private Reply check(Call call, Kind kind) {
		ObjectNode resource = Scope.find(call, this.state, kind, call.param("id"));
		if (!tags(resource).contains(call.param("tag"))) {
			throw tagNotFound(call, kind);
		}
		return Reply.empty(204);
	}

	private Reply add(Call call, Kind kind) {
		ObjectNode resource = Scope.findOwned(call, this.state, kind, call.param("id"), "update");
		Set<String> tags = tags(resource);
		if (tags.add(call.param("tag"))) {
			resource.set("tags", toArray(tags));
			this.state.touch(resource);
		}
		// Neutron answers 201 with a JSON null body.
		return new Reply(201, java.util.Map.of("Content-Type", "application/json"),
				"null".getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private Reply remove(Call call, Kind kind) {
		ObjectNode resource = Scope.findOwned(call, this.state, kind, call.param("id"), "update");
		Set<String> tags = tags(resource);
		if (!tags.remove(call.param("tag"))) {
			throw tagNotFound(call, kind);
		}
		resource.set("tags", toArray(tags));
		this.state.touch(resource);
		return Reply.empty(204);
	}

	private static io.stackshift.emulator.http.ApiFailure tagNotFound(Call call, Kind kind) {
		return NeutronError.of(404, "TagNotFound",
				"Tag " + call.param("tag") + " could not be found for " + kind.singular + " " + call.param("id") + ".");
	}

	private static Set<String> tags(ObjectNode resource) {
		Set<String> tags = new LinkedHashSet<>();
		resource.path("tags").forEach((tag) -> tags.add(tag.asString()));
		return tags;
	}

	private static ArrayNode toArray(Set<String> tags) {
		ArrayNode array = Json.array();
		tags.forEach(array::add);
		return array;
	}

}
