package io.stackshift.emulator.cinder;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Access to private volume types: {@code addProjectAccess}/{@code removeProjectAccess}
 * actions and the {@code os-volume-type-access} list; also the extra specs of a type.
 */
final class VolumeTypeAccess {

	private final VolumeTypes types;

	VolumeTypeAccess(VolumeTypes types) {
		this.types = types;
	}

	void register(Routes routes) {
		routes.add("GET", "/volume/v3/{project}/types/{id}/extra_specs", this::specs);
	}

	Reply action(Call call, VolumeTypes.VolumeType type) {
		CinderApi.checkUrl(call);
		if (!call.caller().isAdmin()) {
			throw CinderError.forbidden("volume_extension:volume_type_access:addProjectAccess");
		}
		JsonNode body = (call.json() != null) ? call.json() : Json.object();
		if (type.isPublic()) {
			throw CinderError.badRequest(
					"Invalid volume type: Type access modification is not applicable to public" + " volume type.");
		}
		if (body.has("addProjectAccess")) {
			String project = Json.text(body.get("addProjectAccess"), "project");
			if (!type.projects().add(project)) {
				throw CinderError.of(409, "conflictingRequest",
						"Volume type access for " + type.id() + " / " + project + " already exists.");
			}
		}
		else if (body.has("removeProjectAccess")) {
			String project = Json.text(body.get("removeProjectAccess"), "project");
			if (!type.projects().remove(project)) {
				throw CinderError
					.notFound("Volume type access not found for " + type.id() + " / " + project + " combination.");
			}
		}
		else {
			throw CinderError.badRequest("There is no such action: " + body.propertyNames());
		}
		return Reply.empty(202);
	}

	Reply list(Call call, VolumeTypes.VolumeType type) {
		CinderApi.checkUrl(call);
		if (type.isPublic()) {
			throw CinderError.notFound("Access list not available for public volume types.");
		}
		ArrayNode items = Json.array();
		for (String project : type.projects()) {
			ObjectNode item = items.addObject();
			item.put("volume_type_id", type.id());
			item.put("project_id", project);
		}
		return Reply.ok(Json.object("volume_type_access", items));
	}

	private Reply specs(Call call) {
		CinderApi.checkUrl(call);
		VolumeTypes.VolumeType type = this.types.get(call.param("id"));
		if (type == null) {
			throw CinderError.notFound("Volume type " + call.param("id") + " could not be found.");
		}
		ObjectNode specs = Json.object();
		type.extraSpecs().forEach(specs::put);
		return Reply.ok(Json.object("extra_specs", specs));
	}

}
