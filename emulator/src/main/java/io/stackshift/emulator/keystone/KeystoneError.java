package io.stackshift.emulator.keystone;

import io.stackshift.emulator.http.ApiFailure;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;

/**
 * Keystone's error body: {@code {"error": {"code": 404, "message": "...", "title": "Not
 * Found"}}}.
 */
public final class KeystoneError {

	private KeystoneError() {
	}

	public static ApiFailure of(int code, String title, String message) {
		var error = Json.object();
		error.put("code", code);
		error.put("message", message);
		error.put("title", title);
		return new ApiFailure(Reply.json(code, Json.object("error", error)), message);
	}

	public static ApiFailure notFound(String kind, String id) {
		return of(404, "Not Found", "Could not find " + kind + ": " + id + ".");
	}

	public static ApiFailure unauthorized() {
		return of(401, "Unauthorized", "The request you have made requires authentication.");
	}

	public static ApiFailure forbidden(String action) {
		return of(403, "Forbidden", "You are not authorized to perform the requested action: " + action + ".");
	}

	public static ApiFailure badRequest(String message) {
		return of(400, "Bad Request", message);
	}

	public static ApiFailure conflict(String message) {
		return of(409, "Conflict", "Conflict occurred attempting to store " + message);
	}

}
