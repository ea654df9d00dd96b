package io.stackshift.openstack.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The service catalog that came with a token: which URL serves which service type, in
 * which region, on which interface.
 */
record ServiceCatalog(List<Endpoint> endpoints) {

	/** One catalog endpoint, flattened. */
	record Endpoint(String serviceType, String region, String interfaceName, String url) {
	}

	ServiceCatalog {
		endpoints = List.copyOf(endpoints);
	}

	static ServiceCatalog from(JsonNode catalog) {
		List<Endpoint> endpoints = new ArrayList<>();
		if (catalog != null) {
			for (JsonNode service : catalog) {
				for (JsonNode endpoint : service.path("endpoints")) {
					String region = endpoint.path("region_id").asString(null);
					if (region == null || region.isEmpty()) {
						region = endpoint.path("region").asString(null);
					}
					endpoints.add(new Endpoint(service.path("type").asString(""), region,
							endpoint.path("interface").asString(""), endpoint.path("url").asString("")));
				}
			}
		}
		return new ServiceCatalog(endpoints);
	}

	/**
	 * The URL of the first service type in {@code serviceTypes} (in order of preference)
	 * that has an endpoint on the interface, in the region (any region when null), with
	 * the project placeholders of older catalogs filled in.
	 */
	Optional<String> url(List<String> serviceTypes, String region, String interfaceName, String projectId) {
		for (String type : serviceTypes) {
			for (Endpoint endpoint : this.endpoints) {
				if (endpoint.serviceType().equals(type) && endpoint.interfaceName().equals(interfaceName)
						&& (region == null || region.equals(endpoint.region()))) {
					return Optional.of(withProject(stripSlash(endpoint.url()), projectId));
				}
			}
		}
		return Optional.empty();
	}

	static String withProject(String url, String projectId) {
		String result = url;
		for (String placeholder : List.of("%(project_id)s", "$(project_id)s", "%(tenant_id)s", "$(tenant_id)s")) {
			result = result.replace(placeholder, projectId);
		}
		return result;
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
