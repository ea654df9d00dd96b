package io.stackshift.emulator.contract;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies written inline: {@code Body.of("network", Body.of("name", "web"))}.
 */
final class Body {

	private Body() {
	}

	static ObjectNode of(Object... keysAndValues) {
		ObjectNode node = Session.JSON.createObjectNode();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			node.set((String) keysAndValues[i], value(keysAndValues[i + 1]));
		}
		return node;
	}

	static ArrayNode list(Object... values) {
		ArrayNode array = Session.JSON.createArrayNode();
		for (Object value : values) {
			array.add(value(value));
		}
		return array;
	}

	private static JsonNode value(Object value) {
		if (value == null) {
			return Session.JSON.getNodeFactory().nullNode();
		}
		if (value instanceof JsonNode json) {
			return json;
		}
		if (value instanceof List<?> items) {
			return list(items.toArray());
		}
		return Session.JSON.valueToTree(value);
	}

}
