package io.stackshift.replication.apply;

import java.util.List;
import java.util.Map;

/**
 * A step's attributes with every reference replaced by the OpenStack id it stands for.
 */
record Attributes(Map<String, Object> values) {

	String string(String name) {
		Object value = this.values.get(name);
		return (value != null) ? value.toString() : null;
	}

	Boolean bool(String name) {
		return (Boolean) this.values.get(name);
	}

	Integer integer(String name) {
		Object value = this.values.get(name);
		return (value instanceof Number number) ? number.intValue() : null;
	}

	@SuppressWarnings("unchecked")
	<T> List<T> list(String name) {
		Object value = this.values.get(name);
		return (value != null) ? (List<T>) value : List.of();
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> map(String name) {
		Object value = this.values.get(name);
		return (value != null) ? (Map<String, Object>) value : Map.of();
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> maps(String name) {
		return (List<Map<String, Object>>) (List<?>) list(name);
	}

}
