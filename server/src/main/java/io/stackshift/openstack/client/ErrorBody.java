package io.stackshift.openstack.client;

import java.util.Iterator;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The error type and message an OpenStack service put in its answer. Each service has its
 * own shape: Neutron {@code {"NeutronError": {"type", "message"}}}, Keystone
 * {@code {"error": {"title", "message"}}}, Nova and Cinder {@code {"itemNotFound":
 * {"code", "message"}}} (the key is the type), and plain text or HTML from proxies.
 */
record ErrorBody(String type, String message) {

	private static final int MAX_TEXT = 300;

	static ErrorBody parse(String body) {
		if (body == null || body.isBlank()) {
			return new ErrorBody(null, null);
		}
		JsonNode root;
		try {
			root = Json.MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			return new ErrorBody(null, shorten(body.strip()));
		}
		if (root == null || !root.isObject()) {
			return new ErrorBody(null, shorten(body.strip()));
		}
		JsonNode neutron = root.get("NeutronError");
		if (neutron != null) {
			return neutron.isObject() ? new ErrorBody(text(neutron, "type"), text(neutron, "message"))
					: new ErrorBody(null, neutron.asString(""));
		}
		JsonNode keystone = root.get("error");
		if (keystone != null && keystone.isObject()) {
			return new ErrorBody(text(keystone, "title"), text(keystone, "message"));
		}
		Iterator<Map.Entry<String, JsonNode>> fields = root.properties().iterator();
		if (root.size() == 1 && fields.hasNext()) {
			Map.Entry<String, JsonNode> only = fields.next();
			if (only.getValue().isObject() && only.getValue().has("message")) {
				return new ErrorBody(only.getKey(), text(only.getValue(), "message"));
			}
		}
		if (root.has("message")) {
			return new ErrorBody(text(root, "type"), text(root, "message"));
		}
		return new ErrorBody(null, shorten(body.strip()));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString("");
	}

	private static String shorten(String text) {
		return (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT) + "...";
	}

}
