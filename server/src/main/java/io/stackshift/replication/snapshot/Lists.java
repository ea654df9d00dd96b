package io.stackshift.replication.snapshot;

import java.util.List;

/**
 * Absent lists in JSON become empty, immutable lists in records.
 */
final class Lists {

	private Lists() {
	}

	static <T> List<T> of(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

}
