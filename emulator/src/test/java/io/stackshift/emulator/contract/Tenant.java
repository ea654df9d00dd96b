package io.stackshift.emulator.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A uniquely named project made for one test, with a user holding the {@code member} role
 * on it. {@link #close()} removes everything the project owns, then the user and the
 * project, so the suite leaves a real cloud as it found it.
 */
final class Tenant implements AutoCloseable {

	final ContractCloud cloud = ContractCloud.get();

	final Session admin = this.cloud.admin();

	final String name;

	final String projectId;

	final String userId;

	final String password = "pw-" + UUID.randomUUID();

	private Session member;

	private final List<String> volumeTypes = new ArrayList<>();

	Tenant() {
		this.name = unique("ct");
		this.projectId = created(this.admin.post("identity", "/projects",
				Body.of("project", Body.of("name", this.name, "domain_id", "default", "description", "contract test"))))
			.get("project")
			.path("id")
			.asString();
		this.userId = created(this.admin.post("identity", "/users",
				Body.of("user",
						Body.of("name", this.name + "-member", "password", this.password, "domain_id", "default"))))
			.get("user")
			.path("id")
			.asString();
		String member = this.admin.get("identity", "/roles?name=member").get("roles").path(0).path("id").asString();
		this.admin.put("identity", "/projects/" + this.projectId + "/users/" + this.userId + "/roles/" + member, null);
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static Response created(Response response) {
		if (response.status() != 201) {
			throw new IllegalStateException("Setup failed: " + response);
		}
		return response;
	}

	/** A session of the member user, scoped to this tenant's project. */
	synchronized Session member() {
		if (this.member == null) {
			this.member = Session.login(this.cloud.authUrl, this.name + "-member", this.password, this.name);
		}
		return this.member;
	}

	/**
	 * Creates an object as admin on behalf of the tenant and answers its id (fails the
	 * test on error).
	 */
	String create(String path, String key, JsonNode attributes) {
		((tools.jackson.databind.node.ObjectNode) attributes).put("project_id", this.projectId);
		Response response = this.admin.post("network", path, Body.of(key, attributes));
		if (response.status() != 201) {
			throw new AssertionError("Creating " + key + " failed: " + response);
		}
		return response.get(key).path("id").asString();
	}

	void forgetVolumeTypeLater(String id) {
		this.volumeTypes.add(id);
	}

	@Override
	public void close() {
		removeNetworking(this.admin, this.projectId);
		for (String type : this.volumeTypes) {
			this.admin.delete("volumev3", "/types/" + type);
		}
		this.admin.delete("identity", "/users/" + this.userId);
		this.admin.delete("identity", "/projects/" + this.projectId);
	}

	/** Deletes everything Neutron holds for a project, in the order Neutron accepts. */
	static void removeNetworking(Session admin, String projectId) {
		String owned = "?project_id=" + projectId;
		for (JsonNode ip : admin.get("network", "/floatingips" + owned).get("floatingips")) {
			admin.delete("network", "/floatingips/" + ip.path("id").asString());
		}
		for (JsonNode router : admin.get("network", "/routers" + owned).get("routers")) {
			String id = router.path("id").asString();
			admin.put("network", "/routers/" + id, Body.of("router", Body.of("routes", Body.list())));
			for (JsonNode port : admin.get("network", "/ports?device_id=" + id).get("ports")) {
				if (port.path("device_owner").asString().equals("network:router_interface")) {
					admin.put("network", "/routers/" + id + "/remove_router_interface",
							Body.of("port_id", port.path("id").asString()));
				}
			}
			admin.put("network", "/routers/" + id, Body.of("router", Body.of("external_gateway_info", null)));
			admin.delete("network", "/routers/" + id);
		}
		for (JsonNode port : admin.get("network", "/ports" + owned).get("ports")) {
			admin.delete("network", "/ports/" + port.path("id").asString());
		}
		for (JsonNode network : admin.get("network", "/networks" + owned).get("networks")) {
			admin.delete("network", "/networks/" + network.path("id").asString());
		}
		for (JsonNode group : admin.get("network", "/security-groups" + owned).get("security_groups")) {
			admin.delete("network", "/security-groups/" + group.path("id").asString());
		}
		admin.delete("network", "/quotas/" + projectId);
	}

}
