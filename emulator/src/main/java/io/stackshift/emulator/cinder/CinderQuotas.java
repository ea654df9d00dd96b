package io.stackshift.emulator.cinder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cinder quota sets: limits with per-type keys ({@code gigabytes_<type>}),
 * {@code ?usage=true}, updates by admins only, Cinder's messages for bad keys and values.
 * Nothing is ever in use: the emulator creates no volumes.
 */
final class CinderQuotas {

	private final VolumeTypes types;

	CinderQuotas(VolumeTypes types) {
		this.types = types;
	}

	Reply show(Call call) {
		CinderApi.checkUrl(call);
		String target = call.param("target");
		if (!call.caller().owns(target)) {
			throw CinderError.forbidden("volume_extension:quotas:show");
		}
		boolean usage = "true".equalsIgnoreCase(call.queryFirst("usage"));
		ObjectNode set = Json.object();
		this.types.limits(target).forEach((key, limit) -> {
			if (usage) {
				ObjectNode detail = set.putObject(key);
				detail.put("limit", limit);
				detail.put("in_use", 0);
				detail.put("reserved", 0);
			}
			else {
				set.put(key, limit);
			}
		});
		set.put("id", target);
		return Reply.ok(Json.object("quota_set", set));
	}

	Reply defaults(Call call) {
		CinderApi.checkUrl(call);
		ObjectNode set = Json.object();
		this.types.limits("").forEach(set::put);
		set.put("id", call.param("target"));
		return Reply.ok(Json.object("quota_set", set));
	}

	Reply update(Call call) {
		CinderApi.checkUrl(call);
		if (!call.caller().isAdmin()) {
			throw CinderError.forbidden("volume_extension:quotas:update");
		}
		String target = call.param("target");
		JsonNode body = (call.json() != null) ? call.json().get("quota_set") : null;
		if (body == null || !body.isObject()) {
			throw CinderError.badRequest("Missing required element 'quota_set' in request body.");
		}
		Map<String, Integer> limits = this.types.limits(target);
		List<String> bad = new ArrayList<>();
		body.propertyNames().forEach((key) -> {
			if (!limits.containsKey(key) && !key.equals("id")) {
				bad.add(key);
			}
		});
		if (!bad.isEmpty()) {
			throw CinderError.badRequest("Invalid input received: Bad key(s) in quota set: " + String.join(", ", bad));
		}
		for (Map.Entry<String, JsonNode> entry : body.properties()) {
			if (entry.getKey().equals("id")) {
				continue;
			}
			int value = entry.getValue().asInt(Integer.MIN_VALUE);
			if (value < -1) {
				throw CinderError.badRequest(entry.getKey() + " must be >= -1");
			}
			this.types.overrides(target).put(entry.getKey(), value);
		}
		ObjectNode set = Json.object();
		this.types.limits(target).forEach(set::put);
		return Reply.ok(Json.object("quota_set", set));
	}

	Reply reset(Call call) {
		CinderApi.checkUrl(call);
		if (!call.caller().isAdmin()) {
			throw CinderError.forbidden("volume_extension:quotas:delete");
		}
		this.types.allOverrides().remove(call.param("target"));
		return Reply.empty(200);
	}

}
