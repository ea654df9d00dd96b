package io.stackshift.emulator.http;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What the emulator answers: a status, extra headers and a body (possibly empty).
 */
public record Reply(int status, Map<String, String> headers, byte[] body) {

	private static final byte[] NONE = new byte[0];

	public static Reply json(int status, JsonNode body) {
		return new Reply(status, Map.of(), Json.bytes(body));
	}

	public static Reply ok(JsonNode body) {
		return json(200, body);
	}

	public static Reply created(JsonNode body) {
		return json(201, body);
	}

	public static Reply empty(int status) {
		return new Reply(status, Map.of(), NONE);
	}

	public Reply withHeader(String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(this.headers);
		copy.put(name, value);
		return new Reply(this.status, copy, this.body);
	}

}
