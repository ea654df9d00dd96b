package io.stackshift.emulator.nova;

import java.util.Map;
import java.util.UUID;

import io.stackshift.emulator.cinder.CinderError;
import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nova's routes under {@code /v2.1}: version document, quota sets and flavors, with
 * Nova's error body (the same shape as Cinder's) and policy messages.
 */
public final class NovaApi {

	private final Compute compute;

	public NovaApi(Compute compute) {
		this.compute = compute;
	}

	public void register(Routes routes) {
		routes.open("GET", "/v2.1", this::version)
			.open("GET", "/v2.1/", this::version)
			.add("GET", "/v2.1/os-quota-sets/{project}", (call) -> quota(call, false))
			.add("GET", "/v2.1/os-quota-sets/{project}/detail", (call) -> quota(call, true))
			.add("GET", "/v2.1/os-quota-sets/{project}/defaults", this::defaults)
			.add("PUT", "/v2.1/os-quota-sets/{project}", this::update)
			.add("DELETE", "/v2.1/os-quota-sets/{project}", this::reset)
			.add("GET", "/v2.1/flavors", (call) -> flavors(false))
			.add("GET", "/v2.1/flavors/detail", (call) -> flavors(true))
			.add("GET", "/v2.1/flavors/{id}", this::flavor)
			.add("POST", "/v2.1/flavors", this::createFlavor);
	}

	private Reply version(Call call) {
		ObjectNode version = Json.object();
		version.put("id", "v2.1");
		version.put("status", "CURRENT");
		version.put("version", "2.93");
		version.put("min_version", "2.1");
		version.put("updated", "2013-07-23T11:33:21Z");
		ObjectNode self = version.putArray("links").addObject();
		self.put("rel", "self");
		self.put("href", call.baseUrl() + "/v2.1/");
		ObjectNode media = version.putArray("media-types").addObject();
		media.put("base", "application/json");
		media.put("type", "application/vnd.openstack.compute+json;version=2.1");
		return Reply.ok(Json.object("version", version));
	}

	private Reply quota(Call call, boolean detail) {
		String project = call.param("project");
		if (!call.caller().owns(project)) {
			throw CinderError.forbidden("os_compute_api:os-quota-sets:" + (detail ? "detail" : "show"));
		}
		ObjectNode set = Json.object();
		set.put("id", project);
		this.compute.limits(project).forEach((key, limit) -> {
			if (detail) {
				ObjectNode entry = set.putObject(key);
				entry.put("limit", limit);
				entry.put("in_use", 0);
				entry.put("reserved", 0);
			}
			else {
				set.put(key, limit);
			}
		});
		return Reply.ok(Json.object("quota_set", set));
	}

	private Reply defaults(Call call) {
		ObjectNode set = Json.object();
		set.put("id", call.param("project"));
		Compute.DEFAULTS.forEach(set::put);
		return Reply.ok(Json.object("quota_set", set));
	}

	private Reply update(Call call) {
		if (!call.caller().isAdmin()) {
			throw CinderError.forbidden("os_compute_api:os-quota-sets:update");
		}
		String project = call.param("project");
		JsonNode body = (call.json() != null) ? call.json().get("quota_set") : null;
		if (body == null || !body.isObject()) {
			throw CinderError.badRequest("Invalid input for field/attribute quota_set. Value: None.");
		}
		for (Map.Entry<String, JsonNode> entry : body.properties()) {
			if (!Compute.DEFAULTS.containsKey(entry.getKey()) && !entry.getKey().equals("force")) {
				throw CinderError.badRequest("Invalid input for field/attribute quota_set. Value: " + python(body)
						+ ". Additional properties are not allowed ('" + entry.getKey() + "' was unexpected)");
			}
			int value = entry.getValue().asInt(Integer.MIN_VALUE);
			if (!entry.getKey().equals("force") && value < -1) {
				throw CinderError.badRequest("Invalid input for field/attribute " + entry.getKey() + ". Value: "
						+ entry.getValue().asString() + ". " + entry.getValue().asString()
						+ " is less than the minimum of -1");
			}
		}
		body.properties().forEach((entry) -> {
			if (!entry.getKey().equals("force")) {
				this.compute.overrides(project).put(entry.getKey(), entry.getValue().asInt());
			}
		});
		ObjectNode set = Json.object();
		this.compute.limits(project).forEach(set::put);
		return Reply.ok(Json.object("quota_set", set));
	}

	private Reply reset(Call call) {
		if (!call.caller().isAdmin()) {
			throw CinderError.forbidden("os_compute_api:os-quota-sets:delete");
		}
		this.compute.allOverrides().remove(call.param("project"));
		return Reply.empty(202);
	}

	private Reply flavors(boolean detail) {
		ArrayNode items = Json.array();
		for (ObjectNode flavor : this.compute.flavors().values()) {
			if (detail) {
				items.add(flavor);
			}
			else {
				ObjectNode brief = items.addObject();
				brief.set("id", flavor.get("id"));
				brief.set("name", flavor.get("name"));
				brief.set("description", flavor.get("description"));
				brief.putArray("links");
			}
		}
		return Reply.ok(Json.object("flavors", items));
	}

	private Reply flavor(Call call) {
		ObjectNode flavor = this.compute.flavors().get(call.param("id"));
		if (flavor == null) {
			throw CinderError.notFound("Flavor " + call.param("id") + " could not be found.");
		}
		return Reply.ok(Json.object("flavor", flavor));
	}

	private Reply createFlavor(Call call) {
		if (!call.caller().isAdmin()) {
			throw CinderError.forbidden("os_compute_api:os-flavor-manage:create");
		}
		JsonNode body = (call.json() != null) ? call.json().get("flavor") : null;
		if (body == null || Json.text(body, "name") == null) {
			throw CinderError.badRequest("Invalid input for field/attribute flavor.");
		}
		ObjectNode flavor = Json.object();
		String id = (Json.text(body, "id") != null) ? Json.text(body, "id") : UUID.randomUUID().toString();
		flavor.put("id", id);
		flavor.put("name", Json.text(body, "name"));
		flavor.put("ram", body.path("ram").asInt());
		flavor.put("disk", body.path("disk").asInt());
		flavor.put("vcpus", body.path("vcpus").asInt());
		flavor.put("swap", 0);
		flavor.put("OS-FLV-EXT-DATA:ephemeral", body.path("OS-FLV-EXT-DATA:ephemeral").asInt());
		flavor.put("os-flavor-access:is_public", body.path("os-flavor-access:is_public").asBoolean(true));
		flavor.put("rxtx_factor", 1.0);
		flavor.put("description", Json.text(body, "description"));
		flavor.putArray("links");
		this.compute.flavors().put(id, flavor);
		return Reply.ok(Json.object("flavor", flavor));
	}

	/** A request body printed as Nova's validation message prints it: a Python dict. */
	private static String python(JsonNode body) {
		StringBuilder text = new StringBuilder("{");
		body.properties().forEach((entry) -> {
			if (text.length() > 1) {
				text.append(", ");
			}
			text.append('\'').append(entry.getKey()).append("': ").append(entry.getValue().asString());
		});
		return text.append('}').toString();
	}

}
