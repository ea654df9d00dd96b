package io.stackshift.system.web;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Resolves a reference in a request body (a UUID or the object's URL) to an object the
 * caller may see, or fails with a 400 naming the field, in Waldur's words.
 */
public final class References {

	private References() {
	}

	public static <T> T resolve(String field, String reference, Function<UUID, Optional<T>> lookup) {
		if (reference == null || reference.isBlank()) {
			throw InvalidInput.field(field, "This field is required.");
		}
		return Uuids.parseReference(reference)
			.flatMap(lookup)
			.orElseThrow(() -> InvalidInput.field(field, doesNotExist(reference)));
	}

	public static String doesNotExist(Object reference) {
		return "Object with uuid=" + reference + " does not exist.";
	}

}
