package io.stackshift.replication.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One thing the executor does to the destination.
 *
 * @param key stable address derived from the source object, e.g.
 * {@code subnet/<source id>}
 * @param kind what kind of object it is about
 * @param action what happens to it
 * @param name display name (usually the source object's name)
 * @param parent the key of the object it is part of (the network of a subnet or port, the
 * group of a rule, the router of an interface) or {@code null}; executors batch or
 * serialise by it
 * @param sourceId the OpenStack id of the source object, or {@code null} for objects that
 * have none (the user, automatic rules)
 * @param attributes what the step sends, in OpenStack's names; values are strings, whole
 * numbers ({@code Long}), booleans, {@code null}, lists, maps or {@link Ref}s
 * @param dependsOn keys of the steps that must succeed first; always includes every key
 * referenced from {@code attributes}; sorted
 */
public record Step(String key, Kind kind, Action action, String name, String parent, String sourceId,
		Map<String, Object> attributes, List<String> dependsOn) {

	public Step {
		Map<String, Object> normal = new LinkedHashMap<>();
		attributes.forEach((attribute, value) -> normal.put(attribute, Attributes.normalise(value)));
		attributes = Collections.unmodifiableMap(normal);
		TreeSet<String> keys = new TreeSet<>(dependsOn);
		keys.addAll(Ref.within(attributes));
		if (parent != null) {
			keys.add(parent);
		}
		keys.remove(key);
		dependsOn = List.copyOf(keys);
	}

}
