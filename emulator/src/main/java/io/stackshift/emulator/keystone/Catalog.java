package io.stackshift.emulator.keystone;

import java.util.List;

import io.stackshift.emulator.http.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service catalog a token carries. Every service points at the emulator itself, with
 * the URL shapes of the real harness: network without {@code /v2.0}, volumev3 and
 * block-storage ending in the project id, compute ending in {@code /v2.1}. Cinder lives
 * under {@code /volume} so that its {@code /v3/{project}} paths cannot collide with
 * Keystone's {@code /v3}.
 */
public final class Catalog {

	public static final String REGION = "RegionOne";

	private static final List<String> INTERFACES = List.of("admin", "internal", "public");

	private final List<Service> services = List.of(new Service("compute", "nova", "/v2.1"),
			new Service("network", "neutron", ""), new Service("volumev3", "cinderv3", "/volume/v3/%s"),
			new Service("identity", "keystone", "/v3/"), new Service("block-storage", "cinder", "/volume/v3/%s"));

	private record Service(String type, String name, String path, String id, List<String> endpointIds) {

		Service(String type, String name, String path) {
			this(type, name, path, Identity.newId(), List.of(Identity.newId(), Identity.newId(), Identity.newId()));
		}

	}

	public ArrayNode render(String baseUrl, String projectId) {
		ArrayNode catalog = Json.array();
		for (Service service : this.services) {
			ArrayNode endpoints = Json.array();
			String url = baseUrl + String.format(service.path(), projectId);
			for (int i = 0; i < INTERFACES.size(); i++) {
				ObjectNode endpoint = endpoints.addObject();
				endpoint.put("id", service.endpointIds().get(i));
				endpoint.put("interface", INTERFACES.get(i));
				endpoint.put("region_id", REGION);
				endpoint.put("url", url);
				endpoint.put("region", REGION);
			}
			ObjectNode entry = catalog.addObject();
			entry.set("endpoints", endpoints);
			entry.put("id", service.id());
			entry.put("type", service.type());
			entry.put("name", service.name());
		}
		return catalog;
	}

}
