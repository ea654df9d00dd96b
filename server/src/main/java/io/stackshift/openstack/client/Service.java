package io.stackshift.openstack.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One OpenStack service as found in the catalog: resolves its URL from the current token
 * and sends JSON to it. Which calls are safe to repeat is decided here, per HTTP verb,
 * unless the caller says otherwise (PUTs that are actions).
 */
final class Service {

	private final Dispatcher dispatcher;

	private final CloudCredentials credentials;

	private final List<String> serviceTypes;

	private final String versionSuffix;

	private final Map<String, String> headers;

	Service(Dispatcher dispatcher, CloudCredentials credentials, List<String> serviceTypes, String versionSuffix,
			Map<String, String> headers) {
		this.dispatcher = dispatcher;
		this.credentials = credentials;
		this.serviceTypes = serviceTypes;
		this.versionSuffix = versionSuffix;
		this.headers = headers;
	}

	/**
	 * The service's base URL for the current token, e.g. {@code http://host:9696/v2.0}.
	 */
	String baseUrl() {
		Token token = this.dispatcher.session().current();
		String url = token.catalog()
			.url(this.serviceTypes, this.credentials.region(), this.credentials.endpointInterface().catalogName(),
					token.projectId())
			.orElseThrow(() -> new IllegalStateException("No " + this.serviceTypes + " endpoint on interface "
					+ this.credentials.endpointInterface() + " in region " + this.credentials.region()));
		return (this.versionSuffix == null || url.endsWith(this.versionSuffix)) ? url : url + this.versionSuffix;
	}

	JsonNode get(Path path) {
		return send("GET", path, null, true);
	}

	/** A POST that creates something: never repeated after it may have been performed. */
	JsonNode create(Path path, Object body) {
		return send("POST", path, body, false);
	}

	JsonNode post(Path path, Object body, boolean idempotent) {
		return send("POST", path, body, idempotent);
	}

	JsonNode put(Path path, Object body, boolean idempotent) {
		return send("PUT", path, body, idempotent);
	}

	JsonNode patch(Path path, Object body) {
		return send("PATCH", path, body, true);
	}

	void delete(Path path) {
		send("DELETE", path, null, true);
	}

	/**
	 * All items of a collection, following the {@code <collection>_links} "next" link
	 * (Neutron, Nova) until a page comes back empty or without one.
	 */
	<T> List<T> list(Path path, String collection, Class<T> type) {
		List<T> items = new ArrayList<>();
		Path page = path;
		while (page != null) {
			JsonNode answer = get(page);
			JsonNode values = answer.path(collection);
			for (JsonNode value : values) {
				items.add(Json.MAPPER.treeToValue(value, type));
			}
			page = (values.isEmpty()) ? null : next(page, answer.path(collection + "_links"));
		}
		return items;
	}

	private static Path next(Path page, JsonNode links) {
		for (JsonNode link : links) {
			if ("next".equals(link.path("rel").asString(""))) {
				return page.withRawQuery(URI.create(link.path("href").asString()).getRawQuery());
			}
		}
		return null;
	}

	private JsonNode send(String method, Path path, Object body, boolean idempotent) {
		String base = baseUrl();
		String template = URI.create(base)
			.getPath()
			.replace(this.dispatcher.session().current().projectId(), "{project_id}") + path.template();
		String json = (body != null) ? Json.MAPPER.writeValueAsString(body) : null;
		Request request = new Request(method, template, URI.create(base + path.expand()), json, this.headers,
				idempotent);
		Response response = this.dispatcher.send(request);
		return response.body().isBlank() ? Json.MAPPER.missingNode() : Json.MAPPER.readTree(response.body());
	}

}
