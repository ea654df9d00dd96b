package io.stackshift.replication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.stackshift.system.web.InvalidInput;

/**
 * Problems found in a request, by field path ({@code mappings.subnets[1].dst_cidr}). The
 * first problem found for a path is the one reported: several checks look at the same
 * value (ours with UUIDs, the planner's with OpenStack ids) and a client should read it
 * once.
 */
final class FieldErrors {

	private final Map<String, List<String>> messages = new LinkedHashMap<>();

	FieldErrors reject(String path, String message) {
		List<String> list = this.messages.computeIfAbsent(path, (key) -> new ArrayList<>());
		if (list.isEmpty()) {
			list.add(message);
		}
		return this;
	}

	boolean has(String path) {
		return this.messages.containsKey(path);
	}

	boolean isEmpty() {
		return this.messages.isEmpty();
	}

	void throwIfAny() {
		if (!isEmpty()) {
			throw InvalidInput.atPaths(this.messages);
		}
	}

	/** Fails at once with one problem: the object-level checks stop at the first. */
	static InvalidInput single(String path, String message) {
		return InvalidInput.atPaths(Map.of(path, List.of(message)));
	}

}
