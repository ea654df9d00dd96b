package io.stackshift.replication.verify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Collects the differences of one step's object. */
final class Compare {

	private final String key;

	private final List<Difference> differences;

	Compare(String key, List<Difference> differences) {
		this.key = key;
		this.differences = differences;
	}

	<T> Optional<T> exists(T object) {
		if (object == null) {
			this.differences.add(new Difference(this.key, "exists", "yes", "no"));
		}
		return Optional.ofNullable(object);
	}

	void same(String attribute, Object expected, Object actual) {
		if (!Objects.equals(normal(expected), normal(actual))) {
			this.differences.add(new Difference(this.key, attribute, String.valueOf(expected), String.valueOf(actual)));
		}
	}

	/** OpenStack answers an unset text as {@code null} or {@code ""}. */
	void sameText(String attribute, Object expected, Object actual) {
		same(attribute, Objects.toString(expected, ""), Objects.toString(actual, ""));
	}

	private static Object normal(Object value) {
		if (value instanceof Number number && !(value instanceof Double)) {
			return number.longValue();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Compare::normal).toList();
		}
		return value;
	}

}
