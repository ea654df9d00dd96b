package io.stackshift.emulator.cinder;

import io.stackshift.emulator.http.ApiFailure;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;

/**
 * The error body Cinder and Nova share: {@code {"itemNotFound": {"code": 404, "message":
 * "..."}}}.
 */
public final class CinderError {

	private CinderError() {
	}

	public static ApiFailure of(int code, String kind, String message) {
		var error = Json.object();
		error.put("code", code);
		error.put("message", message);
		return new ApiFailure(Reply.json(code, Json.object(kind, error)), message);
	}

	public static ApiFailure badRequest(String message) {
		return of(400, "badRequest", message);
	}

	public static ApiFailure notFound(String message) {
		return of(404, "itemNotFound", message);
	}

	public static ApiFailure forbidden(String policy) {
		return of(403, "forbidden", "Policy doesn't allow " + policy + " to be performed.");
	}

}
