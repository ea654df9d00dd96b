package io.stackshift.system.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads list filters from the query string. A malformed filter is the caller's mistake
 * and answers 400 naming the parameter, rather than silently matching nothing.
 */
public final class QueryFilters {

	private QueryFilters() {
	}

	public static Optional<UUID> uuid(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		return Optional
			.of(Uuids.parse(value.trim()).orElseThrow(() -> InvalidInput.field(name, "Enter a valid UUID.")));
	}

	public static Optional<String> text(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(value.trim());
	}

	/**
	 * A case-insensitive "contains" pattern for SQL {@code LIKE} (to match against a
	 * lower-cased column), with the wildcards the user typed taken literally.
	 */
	public static Optional<String> containing(HttpServletRequest request, String name) {
		return text(request, name)
			.map((value) -> "%" + value.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
	}

	/**
	 * Every value given for a choice parameter (repeated or comma-separated), each
	 * matched by its API label.
	 */
	public static <E extends Enum<E>> List<E> choices(HttpServletRequest request, String name, E[] values,
			Function<E, String> label) {
		String[] given = request.getParameterValues(name);
		List<E> chosen = new ArrayList<>();
		if (given == null) {
			return chosen;
		}
		for (String raw : given) {
			for (String part : raw.split(",")) {
				if (part.isBlank()) {
					continue;
				}
				chosen.add(Arrays.stream(values)
					.filter((value) -> label.apply(value).equalsIgnoreCase(part.trim())
							|| value.name().equalsIgnoreCase(part.trim()))
					.findFirst()
					.orElseThrow(() -> InvalidInput.field(name,
							"Select a valid choice. " + part.trim() + " is not one of the available choices.")));
			}
		}
		return chosen;
	}

}
