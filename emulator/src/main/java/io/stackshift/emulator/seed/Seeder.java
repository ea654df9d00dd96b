package io.stackshift.emulator.seed;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates a {@link Topology} by calling the cloud's own APIs as its admin, in OpenStack's
 * dependency order: projects, users and grants, quotas, volume types; then per project
 * networks and subnets, all security groups before any rule (so groups may refer to each
 * other in cycles), routers with gateway, interfaces and routes, ports, floating IPs. A
 * refused call stops the seeding with the API's own error.
 */
public final class Seeder {

	/** One API call as the cloud admin. */
	@FunctionalInterface
	public interface Api {

		Reply call(String method, String path, JsonNode body);

	}

	private final Api api;

	private final Map<String, String> ids = new LinkedHashMap<>();

	private final String adminProject;

	public Seeder(Api api, String adminProject) {
		this.api = api;
		this.adminProject = adminProject;
	}

	public Seeded seed(Topology topology) {
		Map<String, String> roles = new LinkedHashMap<>();
		ok("GET", "/v3/roles", null, "roles").path("roles")
			.forEach((role) -> roles.put(role.path("name").asString(), role.path("id").asString()));
		for (Topology.ProjectSpec project : topology.projects()) {
			createProject(project, roles);
		}
		for (Topology.VolumeTypeSpec type : topology.volumeTypes()) {
			createVolumeType(type);
		}
		for (Topology.ProjectSpec project : topology.projects()) {
			new ProjectNetworks(this, project, this.ids.get("project:" + project.name())).create();
		}
		return new Seeded(this.ids);
	}

	private void createProject(Topology.ProjectSpec spec, Map<String, String> roles) {
		ObjectNode project = Json.object();
		project.put("name", spec.name());
		project.put("domain_id", "default");
		project.put("description", (spec.description() != null) ? spec.description() : "");
		project.set("tags", Json.MAPPER.valueToTree((spec.tags() != null) ? spec.tags() : List.of()));
		String projectId = ok("POST", "/v3/projects", Json.object("project", project), "project " + spec.name())
			.path("project")
			.path("id")
			.asString();
		this.ids.put("project:" + spec.name(), projectId);
		for (Topology.UserSpec userSpec : list(spec.users())) {
			String userId = this.ids.get("user:" + userSpec.name());
			if (userId == null) {
				ObjectNode user = Json.object();
				user.put("name", userSpec.name());
				user.put("password", userSpec.password());
				user.put("domain_id", "default");
				userId = ok("POST", "/v3/users", Json.object("user", user), "user " + userSpec.name()).path("user")
					.path("id")
					.asString();
				this.ids.put("user:" + userSpec.name(), userId);
			}
			for (String role : list(userSpec.roles())) {
				ok("PUT", "/v3/projects/" + projectId + "/users/" + userId + "/roles/" + roles.get(role), null,
						"role " + role + " of " + userSpec.name());
			}
		}
		Topology.QuotaSpec quotas = spec.quotas();
		if (quotas != null) {
			if (quotas.network() != null) {
				ok("PUT", "/v2.0/quotas/" + projectId, Json.object("quota", Json.MAPPER.valueToTree(quotas.network())),
						"network quotas of " + spec.name());
			}
			if (quotas.compute() != null) {
				ok("PUT", "/v2.1/os-quota-sets/" + projectId,
						Json.object("quota_set", Json.MAPPER.valueToTree(quotas.compute())), "compute quotas");
			}
		}
	}

	private void createVolumeType(Topology.VolumeTypeSpec spec) {
		String base = "/volume/v3/" + adminProject();
		ObjectNode type = Json.object();
		type.put("name", spec.name());
		type.put("description", spec.description());
		type.put("os-volume-type-access:is_public", spec.isPublic() == null || spec.isPublic());
		type.set("extra_specs", Json.MAPPER.valueToTree((spec.extraSpecs() != null) ? spec.extraSpecs() : Map.of()));
		String id = ok("POST", base + "/types", Json.object("volume_type", type), "volume type " + spec.name())
			.path("volume_type")
			.path("id")
			.asString();
		this.ids.put("volume_type:" + spec.name(), id);
		for (String project : list(spec.projects())) {
			ObjectNode access = Json.object();
			access.put("project", this.ids.get("project:" + project));
			ok("POST", base + "/types/" + id + "/action", Json.object("addProjectAccess", access),
					"access to " + spec.name());
		}
	}

	/** Cinder quotas wait for the volume types, whose per-type keys they may use. */
	void volumeQuotas(Topology.ProjectSpec spec, String projectId) {
		if (spec.quotas() != null && spec.quotas().volume() != null) {
			ok("PUT", "/volume/v3/" + adminProject() + "/os-quota-sets/" + projectId,
					Json.object("quota_set", Json.MAPPER.valueToTree(spec.quotas().volume())), "volume quotas");
		}
	}

	private String adminProject() {
		return this.adminProject;
	}

	void remember(String key, String id) {
		this.ids.put(key, id);
	}

	String idOf(String key) {
		String id = this.ids.get(key);
		if (id == null) {
			throw new IllegalArgumentException("The topology refers to " + key + ", which it does not define");
		}
		return id;
	}

	/**
	 * The body of a successful call; anything else stops the seeding with the API's
	 * answer.
	 */
	JsonNode ok(String method, String path, JsonNode body, String what) {
		Reply reply = this.api.call(method, path, body);
		if (reply.status() >= 300) {
			throw new IllegalStateException("Seeding " + what + " failed: " + reply.status() + " "
					+ new String(reply.body(), StandardCharsets.UTF_8));
		}
		return (reply.body().length > 0) ? Json.parse(reply.body()) : Json.object();
	}

	static <T> List<T> list(List<T> values) {
		return (values != null) ? values : List.of();
	}

	static ArrayNode array(List<?> values) {
		return (ArrayNode) Json.MAPPER.valueToTree(list(values));
	}

}
