package io.stackshift.system.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the nested error body Django REST framework clients expect from a field path:
 * {@code mappings.subnets[1].src_cidr} becomes {@code {"mappings": {"subnets": [{},
 * {"src_cidr": [message]}]}}}.
 */
final class ErrorTree {

	private final Map<String, Object> root = new LinkedHashMap<>();

	/**
	 * Adds a message at a path of property names (strings) and list indexes (integers).
	 */
	@SuppressWarnings("unchecked")
	ErrorTree add(List<Object> path, String message) {
		if (path.isEmpty()) {
			return add(List.of(InvalidInput.NON_FIELD), message);
		}
		Object container = this.root;
		for (int i = 0; i < path.size(); i++) {
			Object key = path.get(i);
			boolean last = i == path.size() - 1;
			Object next = (i + 1 < path.size()) ? path.get(i + 1) : null;
			Object child = last ? new ArrayList<>()
					: ((next instanceof Integer) ? new ArrayList<>() : new LinkedHashMap<>());
			if (container instanceof Map<?, ?> map) {
				container = ((Map<Object, Object>) map).computeIfAbsent(key, (k) -> child);
			}
			else {
				List<Object> list = (List<Object>) container;
				int index = (Integer) key;
				while (list.size() <= index) {
					list.add(new LinkedHashMap<>());
				}
				if (!last && next instanceof Integer && !(list.get(index) instanceof List)) {
					list.set(index, child);
				}
				container = list.get(index);
				if (last) {
					// a message on a list item itself: the item's entry becomes the
					// message list
					list.set(index, new ArrayList<>(List.of(message)));
					return this;
				}
			}
		}
		((List<Object>) container).add(message);
		return this;
	}

	/**
	 * Parses {@code a.b[0].cName} into segments, turning camelCase names into snake_case.
	 */
	static List<Object> parsePath(String path) {
		List<Object> segments = new ArrayList<>();
		for (String part : path.split("\\.")) {
			if (part.isEmpty()) {
				continue;
			}
			int bracket = part.indexOf('[');
			String name = (bracket >= 0) ? part.substring(0, bracket) : part;
			if (!name.isEmpty()) {
				segments.add(snake(name));
			}
			while (bracket >= 0) {
				int close = part.indexOf(']', bracket);
				String index = part.substring(bracket + 1, close);
				segments.add(index.matches("\\d+") ? (Object) Integer.valueOf(index) : snake(index));
				bracket = part.indexOf('[', close);
			}
		}
		return segments;
	}

	static String snake(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
	}

	Map<String, Object> body() {
		return this.root;
	}

}
