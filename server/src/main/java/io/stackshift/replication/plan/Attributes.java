package io.stackshift.replication.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a step's attributes in the order they are shown; {@code null} values are kept (a
 * {@code null} gateway means "no gateway" to Neutron).
 */
final class Attributes {

	private final Map<String, Object> values = new LinkedHashMap<>();

	static Attributes of() {
		return new Attributes();
	}

	Attributes put(String name, Object value) {
		this.values.put(name, value);
		return this;
	}

	Attributes putIfPresent(String name, Object value) {
		if (value != null) {
			this.values.put(name, value);
		}
		return this;
	}

	Map<String, Object> build() {
		return this.values;
	}

	static Map<String, Object> pair(String firstName, Object first, String secondName, Object second) {
		Map<String, Object> pair = new LinkedHashMap<>();
		pair.put(firstName, first);
		pair.put(secondName, second);
		return java.util.Collections.unmodifiableMap(pair);
	}

}
