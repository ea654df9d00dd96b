package io.stackshift.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import io.stackshift.emulator.cinder.VolumeTypes;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.keystone.Identity;
import io.stackshift.emulator.neutron.NeutronApi;
import io.stackshift.emulator.neutron.NeutronState;
import io.stackshift.emulator.nova.Compute;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything one cloud remembers, behind one read-write lock, and its JSON snapshot form.
 * Tokens are not part of a snapshot: a restarted cloud asks clients to log in again.
 */
final class CloudState {

	final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	final Identity identity = new Identity();

	final NeutronState neutron;

	final VolumeTypes volumeTypes = new VolumeTypes();

	final Compute compute = new Compute();

	CloudState(Clock clock) {
		this.neutron = NeutronApi.newState(clock);
	}

	void save(Path file) throws IOException {
		ObjectNode root;
		this.lock.readLock().lock();
		try {
			root = toJson();
		}
		finally {
			this.lock.readLock().unlock();
		}
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		Files.write(temporary, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
		Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	ObjectNode toJson() {
		ObjectNode root = Json.object();
		ObjectNode identityNode = root.putObject("identity");
		identityNode.set("domains", Json.MAPPER.valueToTree(this.identity.domains()));
		identityNode.set("projects", Json.MAPPER.valueToTree(this.identity.projects()));
		identityNode.set("users", Json.MAPPER.valueToTree(this.identity.users()));
		identityNode.set("roles", Json.MAPPER.valueToTree(this.identity.roles()));
		identityNode.set("assignments", Json.MAPPER.valueToTree(this.identity.assignments()));
		root.set("neutron", this.neutron.toJson());
		ObjectNode cinder = root.putObject("cinder");
		cinder.set("volume_types", Json.MAPPER.valueToTree(this.volumeTypes.all()));
		cinder.set("quotas", Json.MAPPER.valueToTree(this.volumeTypes.allOverrides()));
		ObjectNode nova = root.putObject("nova");
		nova.set("quotas", Json.MAPPER.valueToTree(this.compute.allOverrides()));
		nova.set("flavors", Json.MAPPER.valueToTree(this.compute.flavors()));
		return root;
	}

	/** Replaces the state with a snapshot's; called before the cloud serves requests. */
	void load(JsonNode root) {
		JsonNode identityNode = root.path("identity");
		identityNode.path("domains")
			.forEach((n) -> this.identity.put(Json.MAPPER.treeToValue(n, Identity.Domain.class)));
		identityNode.path("projects")
			.forEach((n) -> this.identity.put(Json.MAPPER.treeToValue(n, Identity.Project.class)));
		identityNode.path("users").forEach((n) -> this.identity.put(Json.MAPPER.treeToValue(n, Identity.User.class)));
		identityNode.path("roles").forEach((n) -> this.identity.put(Json.MAPPER.treeToValue(n, Identity.Role.class)));
		identityNode.path("assignments").forEach((n) -> {
			Identity.Assignment a = Json.MAPPER.treeToValue(n, Identity.Assignment.class);
			this.identity.grant(a.userId(), a.projectId(), a.roleId());
		});
		this.neutron.load(root.path("neutron"));
		this.volumeTypes.clear();
		root.path("cinder").path("volume_types").forEach((n) -> {
			Map<String, String> specs = new LinkedHashMap<>();
			n.path("extraSpecs").properties().forEach((e) -> specs.put(e.getKey(), e.getValue().asString()));
			LinkedHashSet<String> projects = new LinkedHashSet<>();
			n.path("projects").forEach((p) -> projects.add(p.asString()));
			this.volumeTypes.put(new VolumeTypes.VolumeType(n.path("id").asString(), n.path("name").asString(),
					Json.text(n, "description"), n.path("isPublic").asBoolean(), specs, projects));
		});
		root.path("cinder")
			.path("quotas")
			.properties()
			.forEach((e) -> e.getValue()
				.properties()
				.forEach((q) -> this.volumeTypes.overrides(e.getKey()).put(q.getKey(), q.getValue().asInt())));
		root.path("nova")
			.path("quotas")
			.properties()
			.forEach((e) -> e.getValue()
				.properties()
				.forEach((q) -> this.compute.overrides(e.getKey()).put(q.getKey(), q.getValue().asInt())));
		root.path("nova")
			.path("flavors")
			.properties()
			.forEach((e) -> this.compute.flavors().put(e.getKey(), (ObjectNode) e.getValue().deepCopy()));
	}

}
