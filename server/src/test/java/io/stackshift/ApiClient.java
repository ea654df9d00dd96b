package io.stackshift;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for API tests: it sends what a user's client would send and returns
 * what the user would see (status, headers, JSON), without any of the server's own types.
 */
public final class ApiClient {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String token;

	public ApiClient(String base, String token) {
		this.base = base;
		this.token = token;
	}

	public ApiClient as(String token) {
		return new ApiClient(this.base, token);
	}

	public ApiClient anonymous() {
		return new ApiClient(this.base, null);
	}

	public String base() {
		return this.base;
	}

	public Response get(String path) {
		return send("GET", path, null);
	}

	public Response post(String path, Object body) {
		return send("POST", path, body);
	}

	public Response patch(String path, Object body) {
		return send("PATCH", path, body);
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body);
	}

	public Response delete(String path) {
		return send("DELETE", path, null);
	}

	/** A GET asking for another representation than JSON (metrics, HTML pages). */
	public Response get(String path, String accept) {
		return send("GET", path, null, accept);
	}

	/** Sends a raw body (e.g. malformed JSON) as it is. */
	public Response postRaw(String path, String rawBody) {
		return send("POST", path, new Raw(rawBody));
	}

	private Response send(String method, String path, Object body) {
		return send(method, path, body, "application/json");
	}

	private Response send(String method, String path, Object body, String accept) {
		try {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create(path.startsWith("http") ? path : this.base + path))
				.header("Accept", accept);
			if (this.token != null) {
				request.header("Authorization", "Token " + this.token);
			}
			if (body != null) {
				String text = (body instanceof Raw raw) ? raw.text() : JSON.writeValueAsString(body);
				request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(text));
			}
			else {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
			JsonNode json = (isJson && !response.body().isBlank()) ? JSON.readTree(response.body()) : null;
			return new Response(response.statusCode(), response.headers().map(), json, response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private record Raw(String text) {
	}

	/** What the user sees. */
	public record Response(int status, Map<String, List<String>> headers, JsonNode json, String text) {

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		public String field(String name) {
			JsonNode node = this.json.get(name);
			return (node == null || node.isNull()) ? null : node.asString();
		}

		@Override
		public String toString() {
			return this.status + " " + this.text;
		}

	}

}
