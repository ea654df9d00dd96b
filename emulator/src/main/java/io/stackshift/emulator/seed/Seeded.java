package io.stackshift.emulator.seed;

import java.util.Map;

/**
 * The ids of what a seeding created, keyed {@code kind:project/name} (e.g.
 * {@code network:demo/web}, {@code port:demo/web-1}) or {@code kind:name} for projects,
 * users and volume types.
 */
public record Seeded(Map<String, String> ids) {

	public Seeded {
		ids = Map.copyOf(ids);
	}

	public String id(String key) {
		String id = this.ids.get(key);
		if (id == null) {
			throw new IllegalArgumentException("Nothing seeded as " + key + "; known: " + this.ids.keySet());
		}
		return id;
	}

}
