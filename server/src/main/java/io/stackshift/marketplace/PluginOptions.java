package io.stackshift.marketplace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.stackshift.system.web.InvalidInput;

/**
 * The OpenStack tenant offering's options, as Waldur names them. Parsed strictly: an
 * unknown key or a value of the wrong type is a 400 naming {@code plugin_options.<key>}.
 */
public record PluginOptions(StorageMode storageMode, Integer maxInstances, Integer maxVolumes,
		Integer maxSecurityGroups, boolean autoApproveInServiceProviderProjects, boolean disableAutoapprove,
		boolean requirePurchaseOrderUpload, List<String> autoApproveForRoles) {

	/** Fixed: one storage quota; dynamic: a quota per volume type. */
	public enum StorageMode {

		fixed, dynamic

	}

	private static final Set<String> KEYS = Set.of("storage_mode", "max_instances", "max_volumes",
			"max_security_groups", "auto_approve_in_service_provider_projects", "disable_autoapprove",
			"require_purchase_order_upload", "auto_approve_for_roles");

	public PluginOptions {
		storageMode = (storageMode != null) ? storageMode : StorageMode.fixed;
		autoApproveForRoles = (autoApproveForRoles != null) ? List.copyOf(autoApproveForRoles) : List.of();
	}

	public static PluginOptions defaults() {
		return new PluginOptions(StorageMode.fixed, null, null, null, false, false, false, List.of());
	}

	/** Parses options sent by a client, rejecting what Waldur would not understand. */
	public static PluginOptions parse(Map<String, Object> input) {
		Map<String, Object> errors = new LinkedHashMap<>();
		for (String key : input.keySet()) {
			if (!KEYS.contains(key)) {
				errors.put(key, List
					.of("Unknown option. Known options: " + String.join(", ", KEYS.stream().sorted().toList()) + "."));
			}
		}
		StorageMode mode = StorageMode.fixed;
		Object rawMode = input.get("storage_mode");
		if (rawMode != null) {
			try {
				mode = StorageMode.valueOf(String.valueOf(rawMode));
			}
			catch (IllegalArgumentException ex) {
				errors.put("storage_mode", List.of("\"" + rawMode + "\" is not a valid choice."));
			}
		}
		PluginOptions options = new PluginOptions(mode, count(input, "max_instances", errors),
				count(input, "max_volumes", errors), count(input, "max_security_groups", errors),
				flag(input, "auto_approve_in_service_provider_projects", errors),
				flag(input, "disable_autoapprove", errors), flag(input, "require_purchase_order_upload", errors),
				roles(input, errors));
		if (!errors.isEmpty()) {
			throw new InvalidInput(Map.of("plugin_options", errors));
		}
		return options;
	}

	/** Reads stored options (already validated when written). */
	static PluginOptions fromMap(Map<String, Object> stored) {
		try {
			return parse(stored);
		}
		catch (InvalidInput ex) {
			return defaults();
		}
	}

	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("storage_mode", this.storageMode.name());
		putIfSet(map, "max_instances", this.maxInstances);
		putIfSet(map, "max_volumes", this.maxVolumes);
		putIfSet(map, "max_security_groups", this.maxSecurityGroups);
		map.put("auto_approve_in_service_provider_projects", this.autoApproveInServiceProviderProjects);
		map.put("disable_autoapprove", this.disableAutoapprove);
		map.put("require_purchase_order_upload", this.requirePurchaseOrderUpload);
		map.put("auto_approve_for_roles", this.autoApproveForRoles);
		return map;
	}

	private static void putIfSet(Map<String, Object> map, String key, Integer value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private static Integer count(Map<String, Object> input, String key, Map<String, Object> errors) {
		Object value = input.get(key);
		if (value == null) {
			return null;
		}
		if (value instanceof Integer number && number >= 0) {
			return number;
		}
		errors.put(key, List.of("A valid non-negative integer is required."));
		return null;
	}

	private static boolean flag(Map<String, Object> input, String key, Map<String, Object> errors) {
		Object value = input.get(key);
		if (value == null) {
			return false;
		}
		if (value instanceof Boolean bool) {
			return bool;
		}
		errors.put(key, List.of("Must be a valid boolean."));
		return false;
	}

	private static List<String> roles(Map<String, Object> input, Map<String, Object> errors) {
		Object value = input.get("auto_approve_for_roles");
		if (value == null) {
			return List.of();
		}
		List<String> roles = new ArrayList<>();
		if (value instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof String role) {
					roles.add(role);
				}
				else {
					errors.put("auto_approve_for_roles", List.of("Expected a list of role names."));
					return List.of();
				}
			}
			return roles;
		}
		errors.put("auto_approve_for_roles", List.of("Expected a list of role names."));
		return List.of();
	}

}
