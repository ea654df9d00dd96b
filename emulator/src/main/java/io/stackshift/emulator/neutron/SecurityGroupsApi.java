package io.stackshift.emulator.neutron;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.http.Routes;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v2.0/security-groups}: groups with their rules embedded. A project's default
 * group appears on first use (listing, creating a group or a port). Deleting a group in
 * use is 409 SecurityGroupInUse; a member cannot delete its default group.
 */
final class SecurityGroupsApi {

	static final Set<String> ATTRIBUTES = Set.of("name", "description", "project_id", "tenant_id", "stateful", "tags");

	private static final Set<String> UPDATABLE = Set.of("name", "description", "stateful");

	private static final Set<String> FILTERS = Set.of("id", "name", "tenant_id", "project_id", "description",
			"stateful", "shared", "revision_number", "created_at", "updated_at");

	private final NeutronState state;

	private final SecurityGroups groups;

	SecurityGroupsApi(NeutronState state) {
		this.state = state;
		this.groups = new SecurityGroups(state);
	}

	void register(Routes routes) {
		routes.addWritingRead("/v2.0/security-groups", this::list)
			.add("POST", "/v2.0/security-groups", this::create)
			.add("GET", "/v2.0/security-groups/{id}", this::show)
			.add("PUT", "/v2.0/security-groups/{id}", this::update)
			.add("DELETE", "/v2.0/security-groups/{id}", this::delete);
	}

	private Reply list(Call call) {
		String project = call.queryFirst("project_id");
		if (project == null) {
			project = call.queryFirst("tenant_id");
		}
		this.groups.defaultOf((project != null && call.caller().isAdmin()) ? project : call.caller().projectId());
		List<ObjectNode> visible = new ArrayList<>();
		for (ObjectNode group : this.state.all(Kind.SECURITY_GROUP)) {
			if (Scope.visible(call, this.state, Kind.SECURITY_GROUP, group)) {
				visible.add(render(group));
			}
		}
		return Listings.list(call, Kind.SECURITY_GROUP, visible, FILTERS);
	}

	private Reply create(Call call) {
		return Bodies.create(call, this.state, Kind.SECURITY_GROUP, ATTRIBUTES, true, (body) -> create(call, body),
				(items) -> {
				});
	}

	private ObjectNode create(Call call, ObjectNode body) {
		String project = Scope.owner(call, body);
		this.groups.defaultOf(project);
		QuotasApi.require(this.state, project, Kind.SECURITY_GROUP, 1);
		String name = Bodies.text(body, "name", "");
		if (name.equals("default")) {
			throw NeutronError.of(409, "SecurityGroupDefaultAlreadyExists", "Default security group already exists.");
		}
		ObjectNode group = this.groups.newGroup(project, name, Bodies.text(body, "description", ""),
				Bodies.bool(body, "stateful", true));
		if (body.has("tags")) {
			group.set("tags", body.get("tags").deepCopy());
		}
		return render(group);
	}

	private Reply show(Call call) {
		ObjectNode group = Scope.find(call, this.state, Kind.SECURITY_GROUP, call.param("id"));
		return Reply.ok(Json.object("security_group", Listings.fields(call, Kind.SECURITY_GROUP, render(group))));
	}

	private Reply update(Call call) {
		ObjectNode changes = Bodies.update(call, Kind.SECURITY_GROUP, ATTRIBUTES, UPDATABLE);
		ObjectNode group = Scope.findOwned(call, this.state, Kind.SECURITY_GROUP, call.param("id"), "update");
		if ("default".equals(Json.text(group, "name")) && changes.has("name")
				&& !"default".equals(Json.text(changes, "name"))) {
			throw NeutronError.of(409, "SecurityGroupCannotUpdateDefault",
					"Updating default security group not allowed.");
		}
		changes.properties().forEach((entry) -> group.set(entry.getKey(), entry.getValue().deepCopy()));
		this.state.touch(group);
		return Reply.ok(Json.object("security_group", render(group)));
	}

	private Reply delete(Call call) {
		ObjectNode group = Scope.findOwned(call, this.state, Kind.SECURITY_GROUP, call.param("id"), "delete");
		String id = group.path("id").asString();
		boolean inUse = !this.state.where(Kind.PORT, (port) -> {
			for (var groupId : port.path("security_groups")) {
				if (id.equals(groupId.asString())) {
					return true;
				}
			}
			return false;
		}).isEmpty();
		if (inUse) {
			throw NeutronError.of(409, "SecurityGroupInUse", "Security Group " + id + " in use.");
		}
		if ("default".equals(Json.text(group, "name")) && !call.caller().isAdmin()) {
			throw NeutronError.of(409, "SecurityGroupCannotRemoveDefault",
					"Insufficient rights for removing default security group.");
		}
		// Rules of this group and rules elsewhere naming it as remote group go with it
		// (FK cascade).
		this.state
			.where(Kind.SECURITY_GROUP_RULE,
					(rule) -> id.equals(Json.text(rule, "security_group_id"))
							|| id.equals(Json.text(rule, "remote_group_id")))
			.forEach((rule) -> this.state.remove(Kind.SECURITY_GROUP_RULE, rule.path("id").asString()));
		this.state.remove(Kind.SECURITY_GROUP, id);
		return Reply.empty(204);
	}

	private ObjectNode render(ObjectNode group) {
		ObjectNode out = group.deepCopy();
		String id = group.path("id").asString();
		ArrayNode rules = Json.array();
		for (ObjectNode rule : this.state.all(Kind.SECURITY_GROUP_RULE)) {
			if (id.equals(Json.text(rule, "security_group_id"))) {
				rules.add(rule);
			}
		}
		out.set("security_group_rules", rules);
		return out;
	}

}
