package io.stackshift.emulator.http;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON mapper of the emulator and small constructors for the trees it answers
 * with. Resources are kept as their wire form ({@link ObjectNode}), so what is stored is
 * exactly what a client reads back.
 */
public final class Json {

	/**
	 * Absent numbers in fault rules and plans read as 0 (Jackson 3 refuses that by
	 * default).
	 */
	public static final ObjectMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private Json() {
	}

	public static ObjectNode object() {
		return JsonNodeFactory.instance.objectNode();
	}

	public static ArrayNode array() {
		return JsonNodeFactory.instance.arrayNode();
	}

	public static ObjectNode object(String key, JsonNode value) {
		ObjectNode node = object();
		node.set(key, value);
		return node;
	}

	public static JsonNode parse(byte[] bytes) {
		return MAPPER.readTree(bytes);
	}

	public static byte[] bytes(JsonNode node) {
		return MAPPER.writeValueAsBytes(node);
	}

	/**
	 * A text field or null: JSON null, a missing key and a non-text value all read as
	 * null.
	 */
	public static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isString() ? value.stringValue() : value.toString();
	}

}
