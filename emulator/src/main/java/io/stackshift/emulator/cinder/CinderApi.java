package io.stackshift.emulator.cinder;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.UUID;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cinder's routes under {@code /volume/v3/{project}} (the catalog's volumev3 and
 * block-storage URL). As on the real service, the URL's project must be the token's (400
 * "Malformed request url" otherwise); an admin may still read and change other projects'
 * quota sets.
 */
public final class CinderApi {

	private static final String BASE = "/volume/v3/{project}";

	private final VolumeTypes types;

	public CinderApi(VolumeTypes types) {
		this.types = types;
	}

	public void register(Routes routes) {
		routes.add("GET", BASE + "/types", this::list)
			.add("POST", BASE + "/types", this::create)
			.add("GET", BASE + "/types/{id}", this::show)
			.add("DELETE", BASE + "/types/{id}", this::delete)
			.add("POST", BASE + "/types/{id}/action", this::action)
			.add("GET", BASE + "/types/{id}/os-volume-type-access", this::access)
			.add("GET", BASE + "/os-quota-sets/{target}", this::quota)
			.add("GET", BASE + "/os-quota-sets/{target}/defaults", this::defaults)
			.add("PUT", BASE + "/os-quota-sets/{target}", this::updateQuota)
			.add("DELETE", BASE + "/os-quota-sets/{target}", this::resetQuota);
		new VolumeTypeAccess(this.types).register(routes);
	}

	static void checkUrl(Call call) {
		if (!call.param("project").equals(call.caller().projectId())) {
			throw CinderError.badRequest("Malformed request url");
		}
	}

	private Reply list(Call call) {
		checkUrl(call);
		boolean admin = call.caller().isAdmin();
		String isPublic = call.queryFirst("is_public");
		ArrayNode items = Json.array();
		for (VolumeTypes.VolumeType type : this.types.all()) {
			boolean listed = admin ? (isPublic != null && isPublic.equalsIgnoreCase("none")) || type.isPublic()
					: type.visibleTo(call.caller().projectId());
			if (listed) {
				items.add(render(type, admin));
			}
		}
		return Reply.ok(Json.object("volume_types", items));
	}

	private Reply create(Call call) {
		checkUrl(call);
		if (!call.caller().isAdmin()) {
			throw CinderError.forbidden("volume_extension:types_manage");
		}
		JsonNode body = (call.json() != null) ? call.json().get("volume_type") : null;
		String name = (body != null) ? Json.text(body, "name") : null;
		if (name == null || name.isBlank()) {
			throw CinderError.badRequest("Invalid input for field/attribute name.");
		}
		if (this.types.all().stream().anyMatch((t) -> t.name().equals(name))) {
			throw CinderError.of(409, "conflictingRequest", "Volume Type " + name + " already exists.");
		}
		boolean isPublic = body.path("os-volume-type-access:is_public")
			.asBoolean(body.path("is_public").asBoolean(true));
		Map<String, String> specs = new LinkedHashMap<>();
		body.path("extra_specs").properties().forEach((e) -> specs.put(e.getKey(), e.getValue().asString()));
		VolumeTypes.VolumeType type = new VolumeTypes.VolumeType(UUID.randomUUID().toString(), name,
				Json.text(body, "description"), isPublic, specs, new LinkedHashSet<>());
		this.types.put(type);
		ObjectNode rendered = render(type, true);
		rendered.remove("qos_specs_id");
		return Reply.ok(Json.object("volume_type", rendered));
	}

	private Reply show(Call call) {
		checkUrl(call);
		return Reply.ok(Json.object("volume_type", render(visible(call), call.caller().isAdmin())));
	}

	private Reply delete(Call call) {
		checkUrl(call);
		if (!call.caller().isAdmin()) {
			throw CinderError.forbidden("volume_extension:types_manage");
		}
		this.types.remove(visible(call).id());
		return Reply.empty(202);
	}

	private Reply action(Call call) {
		return new VolumeTypeAccess(this.types).action(call, visible(call));
	}

	private Reply access(Call call) {
		return new VolumeTypeAccess(this.types).list(call, visible(call));
	}

	private VolumeTypes.VolumeType visible(Call call) {
		VolumeTypes.VolumeType type = this.types.get(call.param("id"));
		if (type == null || !(call.caller().isAdmin() || type.visibleTo(call.caller().projectId()))) {
			throw CinderError.notFound("Volume type " + call.param("id") + " could not be found.");
		}
		return type;
	}

	private Reply quota(Call call) {
		return new CinderQuotas(this.types).show(call);
	}

	private Reply defaults(Call call) {
		return new CinderQuotas(this.types).defaults(call);
	}

	private Reply updateQuota(Call call) {
		return new CinderQuotas(this.types).update(call);
	}

	private Reply resetQuota(Call call) {
		return new CinderQuotas(this.types).reset(call);
	}

	static ObjectNode render(VolumeTypes.VolumeType type, boolean admin) {
		ObjectNode node = Json.object();
		node.put("id", type.id());
		node.put("name", type.name());
		node.put("is_public", type.isPublic());
		node.put("description", type.description());
		ObjectNode specs = node.putObject("extra_specs");
		if (admin) {
			type.extraSpecs().forEach(specs::put);
			node.putNull("qos_specs_id");
		}
		node.put("os-volume-type-access:is_public", type.isPublic());
		return node;
	}

}
