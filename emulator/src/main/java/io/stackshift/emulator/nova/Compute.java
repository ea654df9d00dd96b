package io.stackshift.emulator.nova;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * The Nova state of one cloud: quota overrides per project and flavors (none at start, as
 * on the harness). Guarded by the cloud's lock.
 */
public final class Compute {

	/** Nova's defaults, in the order Nova lists them. */
	static final Map<String, Integer> DEFAULTS = defaults();

	private final Map<String, Map<String, Integer>> quotas = new LinkedHashMap<>();

	private final Map<String, ObjectNode> flavors = new LinkedHashMap<>();

	private static Map<String, Integer> defaults() {
		Map<String, Integer> defaults = new LinkedHashMap<>();
		defaults.put("cores", 20);
		defaults.put("fixed_ips", -1);
		defaults.put("floating_ips", -1);
		defaults.put("injected_file_content_bytes", 10240);
		defaults.put("injected_file_path_bytes", 255);
		defaults.put("injected_files", 5);
		defaults.put("instances", 10);
		defaults.put("key_pairs", 100);
		defaults.put("metadata_items", 128);
		defaults.put("ram", 51200);
		defaults.put("security_group_rules", -1);
		defaults.put("security_groups", -1);
		defaults.put("server_group_members", 10);
		defaults.put("server_groups", 10);
		return defaults;
	}

	public Map<String, Integer> limits(String projectId) {
		Map<String, Integer> limits = new LinkedHashMap<>(DEFAULTS);
		Map<String, Integer> overrides = this.quotas.get(projectId);
		if (overrides != null) {
			limits.putAll(overrides);
		}
		return limits;
	}

	public Map<String, Integer> overrides(String projectId) {
		return this.quotas.computeIfAbsent(projectId, (p) -> new LinkedHashMap<>());
	}

	public Map<String, Map<String, Integer>> allOverrides() {
		return this.quotas;
	}

	public Map<String, ObjectNode> flavors() {
		return this.flavors;
	}

}
