package io.stackshift.openstack.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cinder v3: volume types and quotas. The endpoint carries the token's project, which is
 * also the project Cinder requires in the URL; other projects' quotas are addressed below
 * it ({@code /v3/{token project}/os-quota-sets/{project}}).
 */
public final class BlockStorage {

	private final Service cinder;

	BlockStorage(Service cinder) {
		this.cinder = cinder;
	}

	/** All volume types, the private ones included when the caller is an admin. */
	public List<VolumeType> listVolumeTypes() {
		return this.cinder.list(Path.of("/types").query("is_public", "None"), "volume_types", VolumeType.class);
	}

	public VolumeType createVolumeType(String name, String description, boolean isPublic) {
		ObjectNode type = Json.MAPPER.createObjectNode().put("name", name).put("description", description);
		type.put("os-volume-type-access:is_public", isPublic);
		return Json.MAPPER.treeToValue(
				this.cinder.create(Path.of("/types"), Map.of("volume_type", type)).path("volume_type"),
				VolumeType.class);
	}

	public void deleteVolumeType(String id) {
		this.cinder.delete(Path.of("/types/{id}", id));
	}

	/** Lets a project use a private type; granting it twice is a {@code CONFLICT}. */
	public void addProjectAccess(String typeId, String projectId) {
		this.cinder.post(Path.of("/types/{id}/action", typeId),
				Map.of("addProjectAccess", Map.of("project", projectId)), false);
	}

	/** The projects that may use a private type. */
	public List<String> projectsWithAccess(String typeId) {
		JsonNode answer = this.cinder.get(Path.of("/types/{id}/os-volume-type-access", typeId));
		List<String> projects = new ArrayList<>();
		for (JsonNode access : answer.path("volume_type_access")) {
			projects.add(access.path("project_id").asString());
		}
		return projects;
	}

	/**
	 * {@code os-quota-sets/{project}}; keys {@code gigabytes}, {@code volumes},
	 * {@code snapshots} and per type {@link #gigabytesOf(String)} and the like.
	 */
	public Quotas quotas() {
		return new Quotas(this.cinder, "/os-quota-sets/{project}", "quota_set", "", "usage");
	}

	public static String gigabytesOf(String volumeType) {
		return "gigabytes_" + volumeType;
	}

	public static String volumesOf(String volumeType) {
		return "volumes_" + volumeType;
	}

	public static String snapshotsOf(String volumeType) {
		return "snapshots_" + volumeType;
	}

}
