package io.stackshift.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One request as a handler sees it: method, path, path parameters, query, headers, body
 * and, for routes that need a token, the {@link Caller}.
 */
public final class Call {

	private final String method;

	private final String path;

	private final String rawQuery;

	private final Map<String, List<String>> query;

	private final Map<String, String> headers;

	private final byte[] body;

	private final String baseUrl;

	private Map<String, String> params = Map.of();

	private Caller caller;

	private JsonNode json;

	public Call(String method, String path, String rawQuery, Map<String, String> headers, byte[] body, String baseUrl) {
		this.method = method;
		this.path = path;
		this.rawQuery = rawQuery;
		this.query = parseQuery(rawQuery);
		this.headers = headers;
		this.body = body;
		this.baseUrl = baseUrl;
	}

	public String method() {
		return this.method;
	}

	public String path() {
		return this.path;
	}

	public String rawQuery() {
		return this.rawQuery;
	}

	/**
	 * The emulator's own URL, e.g. {@code http://127.0.0.1:5000}, for links and catalogs.
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	public String param(String name) {
		return this.params.get(name);
	}

	void params(Map<String, String> params) {
		this.params = params;
	}

	public Map<String, List<String>> query() {
		return this.query;
	}

	public String queryFirst(String name) {
		List<String> values = this.query.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/** A header by its lower-case name. */
	public String header(String lowerCaseName) {
		return this.headers.get(lowerCaseName);
	}

	public Caller caller() {
		return this.caller;
	}

	void caller(Caller caller) {
		this.caller = caller;
	}

	public byte[] bodyBytes() {
		return this.body;
	}

	/** The body as JSON, or null when it is empty or not JSON. */
	public JsonNode json() {
		if (this.json == null && this.body.length > 0) {
			try {
				this.json = Json.parse(this.body);
			}
			catch (JacksonException ex) {
				return null;
			}
		}
		return this.json;
	}

	/**
	 * How many objects the body carries: the size of a top-level plural list, else one.
	 */
	public int objectCount() {
		JsonNode node = json();
		if (node != null && node.isObject() && node.size() == 1) {
			JsonNode only = node.iterator().next();
			if (only.isArray()) {
				return Math.max(1, only.size());
			}
		}
		return 1;
	}

	private static Map<String, List<String>> parseQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> result = new LinkedHashMap<>();
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String key = decode(eq < 0 ? pair : pair.substring(0, eq));
			String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
			result.computeIfAbsent(key, (k) -> new ArrayList<>()).add(value);
		}
		return Collections.unmodifiableMap(result);
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
