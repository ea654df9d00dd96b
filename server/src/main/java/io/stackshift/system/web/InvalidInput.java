package io.stackshift.system.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bad input, reported as a 400 whose body names each field and its problems, in Django
 * REST framework's shape: {@code {"field": ["message"]}}, nested for nested input, and
 * {@code {"non_field_errors": [...]}} for problems of the request as a whole.
 */
public class InvalidInput extends RuntimeException {

	public static final String NON_FIELD = "non_field_errors";

	public static final String REQUIRED = "This field is required.";

	public static final String BLANK = "This field may not be blank.";

	private final Map<String, Object> errors;

	public InvalidInput(Map<String, Object> errors) {
		super("Invalid input: " + errors.keySet());
		this.errors = errors;
	}

	public static InvalidInput field(String field, String message) {
		Map<String, Object> errors = new LinkedHashMap<>();
		errors.put(field, List.of(message));
		return new InvalidInput(errors);
	}

	public static InvalidInput nonField(String message) {
		return field(NON_FIELD, message);
	}

	/**
	 * Problems at field paths such as {@code mappings.subnets[1].dst_cidr}, nested the
	 * way Django REST framework nests them: {@code {"mappings": {"subnets": [{},
	 * {"dst_cidr": [...]}]}}}.
	 */
	public static InvalidInput atPaths(Map<String, List<String>> messages) {
		ErrorTree tree = new ErrorTree();
		messages.forEach((path, list) -> list.forEach((message) -> tree.add(ErrorTree.parsePath(path), message)));
		return new InvalidInput(tree.body());
	}

	public Map<String, Object> errors() {
		return this.errors;
	}

	/** A text the request must carry, trimmed; missing and blank are told apart. */
	public static String requiredText(String field, String value) {
		if (value == null) {
			throw field(field, REQUIRED);
		}
		return optionalText(field, value);
	}

	/** A text a change may carry (null: unchanged), trimmed, but never blank. */
	public static String optionalText(String field, String value) {
		if (value != null && value.isBlank()) {
			throw field(field, BLANK);
		}
		return (value != null) ? value.trim() : null;
	}

	/** Collects several problems before failing, so a client sees them all at once. */
	public static final class Collector {

		private final Map<String, Object> errors = new LinkedHashMap<>();

		@SuppressWarnings("unchecked")
		public Collector reject(String field, String message) {
			((List<Object>) this.errors.computeIfAbsent(field, (key) -> new ArrayList<>())).add(message);
			return this;
		}

		/** Rejects a missing or blank text. */
		public Collector requireText(String field, String value) {
			if (value == null || value.isBlank()) {
				reject(field, (value == null) ? REQUIRED : BLANK);
			}
			return this;
		}

		/** Adds the errors of a nested object or list under {@code field}. */
		public Collector nested(String field, Object nestedErrors) {
			this.errors.put(field, nestedErrors);
			return this;
		}

		public boolean isEmpty() {
			return this.errors.isEmpty();
		}

		public Map<String, Object> errors() {
			return this.errors;
		}

		public void throwIfAny() {
			if (!this.errors.isEmpty()) {
				throw new InvalidInput(this.errors);
			}
		}

	}

}
