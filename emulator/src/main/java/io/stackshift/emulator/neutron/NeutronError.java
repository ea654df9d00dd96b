package io.stackshift.emulator.neutron;

import io.stackshift.emulator.http.ApiFailure;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;

/**
 * Neutron's error body: {@code {"NeutronError": {"type": "...", "message": "...",
 * "detail": ""}}}. Types and messages are those the real Neutron (Zed) gives.
 */
final class NeutronError {

	private NeutronError() {
	}

	static ApiFailure of(int status, String type, String message) {
		var error = Json.object();
		error.put("type", type);
		error.put("message", message);
		error.put("detail", "");
		return new ApiFailure(Reply.json(status, Json.object("NeutronError", error)), message);
	}

	static ApiFailure badRequest(String message) {
		return of(400, "HTTPBadRequest", message);
	}

	static ApiFailure invalidInput(String message) {
		return of(400, "InvalidInput", "Invalid input for operation: " + message);
	}

	static ApiFailure badResource(String resource, String message) {
		return of(400, "BadRequest", "Bad " + resource + " request: " + message + ".");
	}

	static ApiFailure policy(String rule) {
		return of(403, "PolicyNotAuthorized", "rule:" + rule + " is disallowed by policy");
	}

	static ApiFailure overQuota(String resource) {
		return of(409, "OverQuota", "Quota exceeded for resources: ['" + resource + "'].");
	}

}
