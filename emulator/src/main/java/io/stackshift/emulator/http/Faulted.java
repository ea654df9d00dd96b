package io.stackshift.emulator.http;

/**
 * The edge's own answers: injected failures, unknown paths and missing tokens, in the
 * shape keystonemiddleware and the WSGI stacks of the real services use.
 */
final class Faulted {

	private Faulted() {
	}

	static Reply reply(int status) {
		return error(status, title(status), "Injected fault (stackshift emulator).");
	}

	static Reply methodNotAllowed() {
		return error(405, "Method Not Allowed", "The method is not allowed for the requested URL.");
	}

	static Reply notFound() {
		return error(404, "Not Found", "The resource could not be found.");
	}

	static Reply unauthorized() {
		return error(401, "Unauthorized", "The request you have made requires authentication.");
	}

	static Reply error(int status, String title, String message) {
		var error = Json.object();
		error.put("code", status);
		error.put("title", title);
		error.put("message", message);
		return Reply.json(status, Json.object("error", error));
	}

	private static String title(int status) {
		switch (status) {
			case 429:
				return "Too Many Requests";
			case 503:
				return "Service Unavailable";
			default:
				return "Internal Server Error";
		}
	}

}
