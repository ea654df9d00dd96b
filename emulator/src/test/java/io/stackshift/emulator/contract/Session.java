package io.stackshift.emulator.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tiny OpenStack client, as a real one works: log in with a password scoped to a
 * project, read the service endpoints from the token's catalog, send JSON with
 * {@code X-Auth-Token}.
 */
final class Session {

	static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	final String authUrl;

	final String token;

	final String projectId;

	final String userId;

	final JsonNode tokenBody;

	private final Map<String, String> endpoints;

	private Session(String authUrl, String token, JsonNode tokenBody) {
		this.authUrl = authUrl;
		this.token = token;
		this.tokenBody = tokenBody;
		this.projectId = tokenBody.path("token").path("project").path("id").asString();
		this.userId = tokenBody.path("token").path("user").path("id").asString();
		this.endpoints = new HashMap<>();
		for (JsonNode service : tokenBody.path("token").path("catalog")) {
			for (JsonNode endpoint : service.path("endpoints")) {
				if (endpoint.path("interface").asString().equals("public")) {
					this.endpoints.put(service.path("type").asString(), trim(endpoint.path("url").asString()));
				}
			}
		}
	}

	static Session login(String authUrl, String user, String password, String project) {
		Response response = send("POST", authUrl + "/auth/tokens", passwordAuth(user, password, project), null);
		if (response.status() != 201) {
			throw new IllegalStateException("Login of " + user + " failed: " + response);
		}
		return new Session(authUrl, response.header("X-Subject-Token"), response.body());
	}

	static ObjectNode passwordAuth(String user, String password, String project) {
		ObjectNode body = JSON.createObjectNode();
		ObjectNode auth = body.putObject("auth");
		ObjectNode identity = auth.putObject("identity");
		identity.putArray("methods").add("password");
		ObjectNode userNode = identity.putObject("password").putObject("user");
		userNode.put("name", user);
		userNode.putObject("domain").put("id", "default");
		userNode.put("password", password);
		ObjectNode scope = auth.putObject("scope").putObject("project");
		scope.put("name", project);
		scope.putObject("domain").put("id", "default");
		return body;
	}

	/**
	 * The catalog URL of a service type: identity, network (with /v2.0), volumev3,
	 * compute.
	 */
	String endpoint(String type) {
		if (type.equals("identity")) {
			return trim(this.authUrl);
		}
		String url = this.endpoints.get(type);
		if (url == null) {
			throw new IllegalStateException("No " + type + " endpoint in the catalog: " + this.endpoints);
		}
		return type.equals("network") ? url + "/v2.0" : url;
	}

	Response get(String type, String path) {
		return send("GET", endpoint(type) + path, null, this.token);
	}

	Response post(String type, String path, JsonNode body) {
		return send("POST", endpoint(type) + path, body, this.token);
	}

	Response put(String type, String path, JsonNode body) {
		return send("PUT", endpoint(type) + path, body, this.token);
	}

	Response patch(String type, String path, JsonNode body) {
		return send("PATCH", endpoint(type) + path, body, this.token);
	}

	Response delete(String type, String path) {
		return send("DELETE", endpoint(type) + path, null, this.token);
	}

	static Response send(String method, String url, JsonNode body, String token) {
		return send(method, url, body, token, Map.of());
	}

	static Response send(String method, String url, JsonNode body, String token, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
		request.method(method, (body != null) ? HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))
				: HttpRequest.BodyPublishers.noBody());
		request.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("X-Auth-Token", token);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			byte[] bytes = response.body();
			JsonNode json = (bytes.length == 0) ? MissingNode.getInstance() : parse(bytes);
			return new Response(response.statusCode(), response.headers(), json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + url + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode parse(byte[] bytes) {
		try {
			return JSON.readTree(bytes);
		}
		catch (RuntimeException ex) {
			return JSON.getNodeFactory().stringNode(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	private static String trim(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
