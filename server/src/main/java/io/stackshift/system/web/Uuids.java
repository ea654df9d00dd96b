package io.stackshift.system.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UUIDs as the API writes them (32 lowercase hex characters, as Waldur does) and reads
 * them (with or without dashes, or as the object's URL).
 */
public final class Uuids {

	private static final Pattern HEX = Pattern.compile("(?i)^[0-9a-f]{32}$");

	private static final Pattern DASHED = Pattern
		.compile("(?i)^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

	private static final Pattern URL_TAIL = Pattern.compile("^https?://.*/([0-9a-fA-F-]{32,36})/?$");

	private Uuids() {
	}

	public static String hex(UUID uuid) {
		return (uuid != null) ? uuid.toString().replace("-", "") : null;
	}

	/** Parses a UUID in either form; empty when the text is not one. */
	public static Optional<UUID> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.trim();
		if (HEX.matcher(value).matches()) {
			value = value.substring(0, 8) + "-" + value.substring(8, 12) + "-" + value.substring(12, 16) + "-"
					+ value.substring(16, 20) + "-" + value.substring(20);
		}
		if (!DASHED.matcher(value).matches()) {
			return Optional.empty();
		}
		return Optional.of(UUID.fromString(value.toLowerCase()));
	}

	/**
	 * Parses a reference to an object: its UUID or its URL
	 * ({@code .../api/projects/<uuid>/}).
	 */
	public static Optional<UUID> parseReference(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher url = URL_TAIL.matcher(text.trim());
		return url.matches() ? parse(url.group(1)) : parse(text);
	}

	/** A path variable: a malformed UUID cannot name a visible object, so it is a 404. */
	public static UUID path(String text) {
		return parse(text).orElseThrow(NotFound::new);
	}

}
