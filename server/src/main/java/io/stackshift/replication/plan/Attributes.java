package io.stackshift.replication.plan;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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

	/**
	 * The one form of an attribute value, so that a plan read back from JSON equals the
	 * plan that was written: whole numbers become {@code Long}, an object holding only
	 * {@code step} becomes a {@link Ref}, lists and maps become unmodifiable (keeping
	 * {@code null} entries and their order).
	 * @param value an attribute value
	 * @return the same value in normal form
	 */
	static Object normalise(Object value) {
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		if (value instanceof BigInteger big && big.bitLength() < Long.SIZE) {
			return big.longValue();
		}
		if (value instanceof Map<?, ?> map) {
			if (map.size() == 1 && map.get("step") instanceof String key) {
				return Ref.to(key);
			}
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((name, item) -> copy.put(String.valueOf(name), normalise(item)));
			return Collections.unmodifiableMap(copy);
		}
		if (value instanceof Collection<?> items) {
			List<Object> copy = new ArrayList<>();
			items.forEach((item) -> copy.add(normalise(item)));
			return Collections.unmodifiableList(copy);
		}
		return value;
	}

	static Map<String, Object> pair(String firstName, Object first, String secondName, Object second) {
		Map<String, Object> pair = new LinkedHashMap<>();
		pair.put(firstName, first);
		pair.put(secondName, second);
		return Collections.unmodifiableMap(pair);
	}

}
