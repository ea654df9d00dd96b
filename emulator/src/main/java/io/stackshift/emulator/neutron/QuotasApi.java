package io.stackshift.emulator.neutron;

import java.util.LinkedHashMap;
import java.util.Map;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v2.0/quotas}: limits per project with Neutron's defaults, usage details,
 * updates by an admin only (a member may read its own project's limits), and the check
 * that refuses a create beyond the limit with 409 OverQuota.
 */
final class QuotasApi {

	/** Neutron's defaults, in the order Neutron lists them. */
	static final Map<String, Integer> DEFAULTS = defaults();

	private final NeutronState state;

	QuotasApi(NeutronState state) {
		this.state = state;
	}

	private static Map<String, Integer> defaults() {
		Map<String, Integer> defaults = new LinkedHashMap<>();
		defaults.put("network", 100);
		defaults.put("subnet", 100);
		defaults.put("subnetpool", -1);
		defaults.put("port", 500);
		defaults.put("router", 10);
		defaults.put("floatingip", 50);
		defaults.put("rbac_policy", 10);
		defaults.put("security_group", 10);
		defaults.put("security_group_rule", 100);
		return defaults;
	}

	void register(Routes routes) {
		routes.add("GET", "/v2.0/quotas", this::list)
			.add("GET", "/v2.0/quotas/{project}", this::show)
			.add("GET", "/v2.0/quotas/{project}/details", this::details)
			.add("GET", "/v2.0/quotas/{project}/default", this::defaultsOf)
			.add("PUT", "/v2.0/quotas/{project}", this::update)
			.add("DELETE", "/v2.0/quotas/{project}", this::reset);
	}

	/** Refuses to add {@code adding} objects of a kind to a project beyond its limit. */
	static void require(NeutronState state, String projectId, Kind kind, int adding) {
		int limit = limits(state, projectId).getOrDefault(kind.quotaKey(), -1);
		if (limit >= 0 && state.count(kind, projectId) + adding > limit) {
			throw NeutronError.overQuota(kind.quotaKey());
		}
	}

	static Map<String, Integer> limits(NeutronState state, String projectId) {
		Map<String, Integer> limits = new LinkedHashMap<>(DEFAULTS);
		Map<String, Integer> overrides = state.allQuotaOverrides().get(projectId);
		if (overrides != null) {
			limits.putAll(overrides);
		}
		return limits;
	}

	private Reply list(Call call) {
		if (!call.caller().isAdmin()) {
			throw NeutronError.policy("get_quota");
		}
		var quotas = Json.array();
		this.state.allQuotaOverrides().forEach((project, overrides) -> {
			if (!overrides.isEmpty()) {
				ObjectNode node = render(limits(this.state, project));
				node.put("project_id", project);
				node.put("tenant_id", project);
				quotas.add(node);
			}
		});
		return Reply.ok(Json.object("quotas", quotas));
	}

	private Reply show(Call call) {
		return Reply.ok(Json.object("quota", render(limits(this.state, readable(call)))));
	}

	private Reply defaultsOf(Call call) {
		readable(call);
		return Reply.ok(Json.object("quota", render(DEFAULTS)));
	}

	private Reply details(Call call) {
		String project = readable(call);
		ObjectNode quota = Json.object();
		limits(this.state, project).forEach((key, limit) -> {
			ObjectNode detail = quota.putObject(key);
			detail.put("limit", limit);
			detail.put("used", used(project, key));
			detail.put("reserved", 0);
		});
		return Reply.ok(Json.object("quota", quota));
	}

	private Reply update(Call call) {
		if (!call.caller().isAdmin()) {
			throw NeutronError.policy("update_quota");
		}
		String project = call.param("project");
		JsonNode body = (call.json() != null) ? call.json().get("quota") : null;
		if (body == null || !body.isObject()) {
			throw NeutronError.badRequest("Resource body required");
		}
		Map<String, Integer> accepted = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : body.properties()) {
			if (!DEFAULTS.containsKey(entry.getKey())) {
				throw NeutronError.badRequest("Unrecognized attribute(s) '" + entry.getKey() + "'");
			}
			JsonNode value = entry.getValue();
			int limit;
			try {
				limit = value.isNumber() ? value.asInt() : Integer.parseInt(value.asString());
			}
			catch (NumberFormatException ex) {
				limit = Integer.MIN_VALUE;
			}
			if (limit < -1) {
				throw NeutronError.badRequest("Invalid input for " + entry.getKey() + ". Reason: '" + value.asString()
						+ "' is not an integer or is less than -1.");
			}
			accepted.put(entry.getKey(), limit);
		}
		this.state.quotaOverrides(project).putAll(accepted);
		return Reply.ok(Json.object("quota", render(limits(this.state, project))));
	}

	private Reply reset(Call call) {
		if (!call.caller().isAdmin()) {
			throw NeutronError.policy("delete_quota");
		}
		this.state.allQuotaOverrides().remove(call.param("project"));
		return Reply.empty(204);
	}

	private String readable(Call call) {
		String project = call.param("project");
		if (!call.caller().owns(project)) {
			throw NeutronError.policy("get_quota");
		}
		return project;
	}

	private int used(String project, String key) {
		for (Kind kind : Kind.values()) {
			if (kind.quotaKey().equals(key)) {
				return this.state.count(kind, project);
			}
		}
		return 0;
	}

	private static ObjectNode render(Map<String, Integer> limits) {
		ObjectNode node = Json.object();
		limits.forEach(node::put);
		return node;
	}

}
