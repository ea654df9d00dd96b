package io.stackshift.emulator.neutron;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies as Neutron reads them: the singular key, or the plural key for a bulk
 * create (atomic: one failure undoes the whole request); unknown attributes are refused.
 */
final class Bodies {

	private Bodies() {
	}

	static Reply create(Call call, NeutronState state, Kind kind, Set<String> attributes, boolean bulk,
			Function<ObjectNode, ObjectNode> createOne, Consumer<List<ObjectNode>> checkBulk) {
		JsonNode body = call.json();
		if (body == null || !body.isObject()) {
			throw NeutronError.badRequest("Resource body required");
		}
		if (body.has(kind.plural) && body.get(kind.plural).isArray()) {
			if (!bulk) {
				throw NeutronError.badRequest("Bulk operation not supported");
			}
			List<ObjectNode> items = new ArrayList<>();
			for (JsonNode item : body.get(kind.plural)) {
				items.add(checked(item, kind, attributes));
			}
			checkBulk.accept(items);
			NeutronState.Saved saved = state.save();
			ArrayNode created = Json.array();
			try {
				for (ObjectNode item : items) {
					created.add(Views.of(call, kind, createOne.apply(item)));
				}
			}
			catch (RuntimeException failure) {
				state.restore(saved);
				throw failure;
			}
			return Reply.created(Json.object(kind.plural, created));
		}
		if (!body.has(kind.singular)) {
			throw NeutronError.badRequest("Unable to find '" + kind.singular + "' in request body");
		}
		ObjectNode item = checked(body.get(kind.singular), kind, attributes);
		return Reply.created(Json.object(kind.singular, Views.of(call, kind, createOne.apply(item))));
	}

	/**
	 * The singular object of an update body, refusing unknown and read-only attributes.
	 */
	static ObjectNode update(Call call, Kind kind, Set<String> attributes, Set<String> updatable) {
		JsonNode body = call.json();
		if (body == null || !body.has(kind.singular)) {
			throw NeutronError.badRequest("Resource body required");
		}
		ObjectNode item = checked(body.get(kind.singular), kind, attributes);
		for (Iterator<String> names = item.propertyNames().iterator(); names.hasNext();) {
			String name = names.next();
			if (!updatable.contains(name)) {
				throw NeutronError.badRequest("Cannot update read-only attribute " + name);
			}
		}
		return item;
	}

	private static ObjectNode checked(JsonNode item, Kind kind, Set<String> attributes) {
		if (item == null || !item.isObject()) {
			throw NeutronError.badRequest("Resource body required");
		}
		List<String> unknown = new ArrayList<>();
		item.propertyNames().forEach((name) -> {
			if (!attributes.contains(name)) {
				unknown.add(name);
			}
		});
		if (!unknown.isEmpty()) {
			throw NeutronError.badRequest("Unrecognized attribute(s) '" + String.join(", ", unknown) + "'");
		}
		return (ObjectNode) item;
	}

	private static final java.util.regex.Pattern UUID = java.util.regex.Pattern
		.compile("^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$");

	/**
	 * A required UUID attribute, refused as Neutron's attribute validation refuses it.
	 */
	static String uuid(JsonNode body, String field) {
		String value = Json.text(body, field);
		if (value == null) {
			throw NeutronError.badRequest("Failed to parse request. Required attribute '" + field + "' not specified");
		}
		if (!UUID.matcher(value).matches()) {
			throw NeutronError
				.badRequest("Invalid input for " + field + ". Reason: '" + value + "' is not a valid UUID.");
		}
		return value;
	}

	static boolean bool(JsonNode body, String field, boolean fallback) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return fallback;
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		String text = value.asString().toLowerCase(java.util.Locale.ROOT);
		if (text.equals("true") || text.equals("false")) {
			return Boolean.parseBoolean(text);
		}
		throw NeutronError.badRequest(
				"Invalid input for " + field + ". Reason: '" + value.asString() + "' cannot be converted to boolean.");
	}

	static String text(JsonNode body, String field, String fallback) {
		String value = Json.text(body, field);
		return (value != null) ? value : fallback;
	}

}
