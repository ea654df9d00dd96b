package io.stackshift.emulator.cinder;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The volume types and Cinder quota limits of one cloud. Guarded by the cloud's lock.
 */
public final class VolumeTypes {

	private final Map<String, VolumeType> types = new LinkedHashMap<>();

	private final Map<String, Map<String, Integer>> quotas = new LinkedHashMap<>();

	public VolumeTypes() {
		VolumeType fallback = new VolumeType(UUID.randomUUID().toString(), "__DEFAULT__", "Default Volume Type", true,
				new LinkedHashMap<>(), new LinkedHashSet<>());
		this.types.put(fallback.id(), fallback);
	}

	/**
	 * A volume type; the maps and sets are mutable, changed under the cloud's write lock.
	 */
	public record VolumeType(String id, String name, String description, boolean isPublic,
			Map<String, String> extraSpecs, Set<String> projects) {

		public boolean visibleTo(String projectId) {
			return this.isPublic || this.projects.contains(projectId);
		}

	}

	public Collection<VolumeType> all() {
		return this.types.values();
	}

	public VolumeType get(String idOrName) {
		VolumeType type = this.types.get(idOrName);
		if (type != null) {
			return type;
		}
		return this.types.values().stream().filter((t) -> t.name().equals(idOrName)).findFirst().orElse(null);
	}

	public void put(VolumeType type) {
		this.types.put(type.id(), type);
	}

	public void remove(String id) {
		this.types.remove(id);
	}

	public Map<String, Integer> overrides(String projectId) {
		return this.quotas.computeIfAbsent(projectId, (p) -> new LinkedHashMap<>());
	}

	public Map<String, Map<String, Integer>> allOverrides() {
		return this.quotas;
	}

	public void clear() {
		this.types.clear();
		this.quotas.clear();
	}

	/**
	 * Cinder's limits for a project: defaults, one key triple per type, then the
	 * overrides.
	 */
	public Map<String, Integer> limits(String projectId) {
		Map<String, Integer> limits = new LinkedHashMap<>();
		limits.put("volumes", 10);
		limits.put("per_volume_gigabytes", -1);
		limits.put("snapshots", 10);
		limits.put("gigabytes", 1000);
		limits.put("backups", 10);
		limits.put("backup_gigabytes", 1000);
		for (VolumeType type : this.types.values()) {
			limits.put("volumes_" + type.name(), -1);
			limits.put("gigabytes_" + type.name(), -1);
			limits.put("snapshots_" + type.name(), -1);
		}
		limits.put("groups", 10);
		Map<String, Integer> overrides = this.quotas.get(projectId);
		if (overrides != null) {
			overrides.forEach((key, value) -> {
				if (limits.containsKey(key)) {
					limits.put(key, value);
				}
			});
		}
		return limits;
	}

}
