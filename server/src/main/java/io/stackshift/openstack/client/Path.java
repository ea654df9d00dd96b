package io.stackshift.openstack.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A path below a service's endpoint: a template with {@code {placeholders}} (what logs
 * and errors show), the values that fill them (percent-encoded), and a query string.
 */
record Path(String template, List<String> args, String rawQuery) {

	Path {
		args = List.copyOf(args);
	}

	static Path of(String template, Object... args) {
		return new Path(template, Arrays.stream(args).map(String::valueOf).toList(), "");
	}

	/** Adds a query parameter; null values are left out, collections are comma-joined. */
	Path query(String name, Object value) {
		if (value == null) {
			return this;
		}
		String text = (value instanceof Collection<?> values)
				? String.join(",", values.stream().map(String::valueOf).toList()) : String.valueOf(value);
		String pair = encode(name) + "=" + encode(text);
		return new Path(this.template, this.args, this.rawQuery.isEmpty() ? pair : this.rawQuery + "&" + pair);
	}

	/**
	 * The same path with the query of a pagination link (e.g. Neutron's {@code next}
	 * href).
	 */
	Path withRawQuery(String rawQuery) {
		return new Path(this.template, this.args, (rawQuery != null) ? rawQuery : "");
	}

	String expand() {
		StringBuilder path = new StringBuilder();
		int next = 0;
		int at = 0;
		while (at < this.template.length()) {
			int open = this.template.indexOf('{', at);
			if (open < 0) {
				path.append(this.template, at, this.template.length());
				break;
			}
			int close = this.template.indexOf('}', open);
			path.append(this.template, at, open);
			if (next >= this.args.size()) {
				throw new IllegalArgumentException("No value for " + this.template.substring(open, close + 1));
			}
			path.append(encode(this.args.get(next++)).replace("+", "%20"));
			at = close + 1;
		}
		if (next != this.args.size()) {
			throw new IllegalArgumentException("Too many values for " + this.template);
		}
		return this.rawQuery.isEmpty() ? path.toString() : path + "?" + this.rawQuery;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
