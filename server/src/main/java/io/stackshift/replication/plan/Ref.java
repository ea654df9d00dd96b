package io.stackshift.replication.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An attribute value that is the OpenStack id of what another step will create: the
 * planner cannot know it, the executor fills it in. In JSON a reference is the object
 * {@code {"step": "network/abc"}}; no OpenStack attribute the planner writes is an object
 * with the single member {@code step}, so the two cannot be confused.
 *
 * @param step the key of the step whose result is meant
 */
public record Ref(String step) {

	public static Ref to(String step) {
		return new Ref(step);
	}

	/**
	 * Every reference inside an attribute value: a {@code Ref}, or lists and maps holding
	 * them at any depth.
	 * @param value an attribute value
	 * @return the referenced step keys, in encounter order
	 */
	public static List<String> within(Object value) {
		List<String> keys = new ArrayList<>();
		collect(value, keys);
		return keys;
	}

	private static void collect(Object value, List<String> keys) {
		if (value instanceof Ref ref) {
			keys.add(ref.step());
		}
		else if (value instanceof Map<?, ?> map) {
			map.values().forEach((item) -> collect(item, keys));
		}
		else if (value instanceof Collection<?> items) {
			items.forEach((item) -> collect(item, keys));
		}
	}

}
