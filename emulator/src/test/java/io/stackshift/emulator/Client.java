package io.stackshift.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.stackshift.emulator.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A small client for the emulator-only tests: logs in as the cloud admin, then calls
 * paths of the emulator's base URL.
 */
final class Client {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final EmulatedCloud cloud;

	private String token;

	Client(EmulatedCloud cloud) {
		this.cloud = cloud;
	}

	record Answer(int status, java.net.http.HttpHeaders headers, JsonNode body) {
	}

	Client login() {
		String body = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"admin\","
				+ "\"domain\":{\"id\":\"default\"},\"password\":\"admin-secret\"}}},"
				+ "\"scope\":{\"project\":{\"name\":\"admin\",\"domain\":{\"id\":\"default\"}}}}}";
		Answer answer = send("POST", "/v3/auth/tokens", body, Duration.ofSeconds(10));
		this.token = answer.headers().firstValue("X-Subject-Token").orElseThrow();
		return this;
	}

	Answer get(String path) {
		return send("GET", path, null, Duration.ofSeconds(10));
	}

	Answer post(String path, String body) {
		return send("POST", path, body, Duration.ofSeconds(10));
	}

	Answer put(String path, String body) {
		return send("PUT", path, body, Duration.ofSeconds(10));
	}

	Answer delete(String path) {
		return send("DELETE", path, null, Duration.ofSeconds(10));
	}

	/**
	 * Sends and answers; an I/O failure (dropped connection, timeout) is thrown as is.
	 */
	Answer send(String method, String path, String body, Duration timeout) {
		try {
			return sendOrFail(method, path, body, timeout);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	Answer sendOrFail(String method, String path, String body, Duration timeout) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.cloud.baseUrl() + path)).timeout(timeout);
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (this.token != null) {
			request.header("X-Auth-Token", this.token);
		}
		try {
			HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			JsonNode json = (response.body().length == 0) ? MissingNode.getInstance() : Json.parse(response.body());
			return new Answer(response.statusCode(), response.headers(), json);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
