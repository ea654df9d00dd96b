package io.stackshift.emulator.keystone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v3/projects}: CRUD, filters (name, domain_id, enabled, tags, tags-any) and
 * tags.
 */
public final class ProjectsApi {

	private final Identity identity;

	public ProjectsApi(Identity identity) {
		this.identity = identity;
	}

	public void register(Routes routes) {
		routes.add("GET", "/v3/projects", this::list)
			.add("POST", "/v3/projects", this::create)
			.add("GET", "/v3/projects/{id}", this::show)
			.add("PATCH", "/v3/projects/{id}", this::update)
			.add("DELETE", "/v3/projects/{id}", this::delete)
			.add("GET", "/v3/projects/{id}/tags", this::tags)
			.add("PUT", "/v3/projects/{id}/tags", this::replaceTags)
			.add("PUT", "/v3/projects/{id}/tags/{tag}", this::addTag)
			.add("GET", "/v3/projects/{id}/tags/{tag}", this::hasTag)
			.add("DELETE", "/v3/projects/{id}/tags/{tag}", this::removeTag);
	}

	private Reply list(Call call) {
		Listing.requireAdmin(call, "identity:list_projects");
		String name = call.queryFirst("name");
		String domainId = call.queryFirst("domain_id");
		String enabled = call.queryFirst("enabled");
		List<String> allTags = split(call.queryFirst("tags"));
		List<String> anyTags = split(call.queryFirst("tags-any"));
		ArrayNode items = Json.array();
		for (Identity.Project project : this.identity.projects()) {
			if ((name == null || name.equals(project.name()))
					&& (domainId == null || domainId.equals(project.domainId()))
					&& (enabled == null || Boolean.parseBoolean(enabled) == project.enabled())
					&& project.tags().containsAll(allTags)
					&& (anyTags.isEmpty() || anyTags.stream().anyMatch(project.tags()::contains))) {
				items.add(render(project, call));
			}
		}
		return Reply.ok(Listing.of("projects", items, call));
	}

	private Reply create(Call call) {
		Listing.requireAdmin(call, "identity:create_project");
		JsonNode body = (call.json() != null) ? call.json().path("project") : null;
		if (body == null || !body.isObject() || !body.hasNonNull("name")) {
			throw KeystoneError.badRequest("Invalid input for field 'name': 'name' is a required property");
		}
		String name = body.get("name").asString();
		String domainId = body.path("domain_id").asString(Identity.DEFAULT_DOMAIN);
		if (this.identity.domain(domainId) == null) {
			throw KeystoneError.notFound("domain", domainId);
		}
		Identity.Project existing = this.identity.projectByName(name, domainId);
		if (existing != null) {
			throw KeystoneError.conflict("project - it is not permitted to have two projects with either the same"
					+ " name or same id in the same domain: name is " + name + ", project id " + existing.id() + ".");
		}
		Identity.Project project = new Identity.Project(body.path("id").asString(Identity.newId()), name, domainId,
				body.path("description").asString(""), body.path("enabled").asBoolean(true),
				strings(body.path("tags")));
		this.identity.put(project);
		return Reply.created(Json.object("project", render(project, call)));
	}

	private Reply show(Call call) {
		Identity.Project project = visible(call);
		return Reply.ok(Json.object("project", render(project, call)));
	}

	private Reply update(Call call) {
		Listing.requireAdmin(call, "identity:update_project");
		Identity.Project project = found(call.param("id"));
		JsonNode body = (call.json() != null) ? call.json().path("project") : Json.object();
		String name = body.path("name").asString(project.name());
		Identity.Project clash = this.identity.projectByName(name, project.domainId());
		if (clash != null && !clash.id().equals(project.id())) {
			throw KeystoneError.conflict("project - it is not permitted to have two projects with either the same"
					+ " name or same id in the same domain: name is " + name + ", project id " + clash.id() + ".");
		}
		Identity.Project updated = new Identity.Project(project.id(), name, project.domainId(),
				body.path("description").asString(project.description()),
				body.path("enabled").asBoolean(project.enabled()),
				body.has("tags") ? strings(body.get("tags")) : project.tags());
		this.identity.put(updated);
		return Reply.ok(Json.object("project", render(updated, call)));
	}

	private Reply delete(Call call) {
		Listing.requireAdmin(call, "identity:delete_project");
		found(call.param("id"));
		this.identity.removeProject(call.param("id"));
		return Reply.empty(204);
	}

	private Reply tags(Call call) {
		ArrayNode tags = Json.array();
		visible(call).tags().forEach(tags::add);
		return Reply.ok(Json.object("tags", tags));
	}

	private Reply replaceTags(Call call) {
		Listing.requireAdmin(call, "identity:update_project_tags");
		Identity.Project project = found(call.param("id"));
		List<String> tags = strings((call.json() != null) ? call.json().path("tags") : Json.array());
		this.identity.put(project.withTags(tags));
		ArrayNode out = Json.array();
		tags.forEach(out::add);
		return Reply.ok(Json.object("tags", out));
	}

	private Reply addTag(Call call) {
		Listing.requireAdmin(call, "identity:create_project_tag");
		Identity.Project project = found(call.param("id"));
		List<String> tags = new ArrayList<>(project.tags());
		if (!tags.contains(call.param("tag"))) {
			tags.add(call.param("tag"));
		}
		this.identity.put(project.withTags(tags));
		return Reply.empty(201);
	}

	private Reply hasTag(Call call) {
		if (!visible(call).tags().contains(call.param("tag"))) {
			throw KeystoneError.notFound("project tag", call.param("tag"));
		}
		return Reply.empty(204);
	}

	private Reply removeTag(Call call) {
		Listing.requireAdmin(call, "identity:delete_project_tag");
		Identity.Project project = found(call.param("id"));
		List<String> tags = new ArrayList<>(project.tags());
		if (!tags.remove(call.param("tag"))) {
			throw KeystoneError.notFound("project tag", call.param("tag"));
		}
		this.identity.put(project.withTags(tags));
		return Reply.empty(204);
	}

	private Identity.Project visible(Call call) {
		Identity.Project project = found(call.param("id"));
		if (!call.caller().owns(project.id())) {
			throw KeystoneError.forbidden("identity:get_project");
		}
		return project;
	}

	private Identity.Project found(String id) {
		Identity.Project project = this.identity.project(id);
		if (project == null) {
			throw KeystoneError.notFound("project", id);
		}
		return project;
	}

	static ObjectNode render(Identity.Project project, Call call) {
		ObjectNode node = Json.object();
		node.put("id", project.id());
		node.put("name", project.name());
		node.put("domain_id", project.domainId());
		node.put("description", project.description());
		node.put("enabled", project.enabled());
		node.put("parent_id", project.domainId());
		node.put("is_domain", false);
		ArrayNode tags = node.putArray("tags");
		project.tags().forEach(tags::add);
		node.putObject("options");
		Listing.selfLink(node, call, "projects", project.id());
		return node;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		if (array != null && array.isArray()) {
			array.forEach((value) -> values.add(value.asString()));
		}
		return values;
	}

	private static List<String> split(String csv) {
		return (csv == null || csv.isEmpty()) ? List.of() : Arrays.asList(csv.split(","));
	}

}
