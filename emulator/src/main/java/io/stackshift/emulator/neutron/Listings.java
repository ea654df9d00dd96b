package io.stackshift.emulator.neutron;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.stackshift.emulator.http.Call;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Neutron list semantics: filters by attribute in the query string (several values of one
 * attribute are alternatives), tag filters, {@code fields=}, and
 * {@code limit}/{@code marker} pagination with {@code <plural>_links}. An unknown filter
 * is a 400, as in Neutron.
 */
final class Listings {

	private static final Set<String> CONTROL = Set.of("fields", "limit", "marker", "page_reverse", "sort_key",
			"sort_dir", "tags", "tags-any", "not-tags", "not-tags-any");

	private Listings() {
	}

	static Reply list(Call call, Kind kind, List<ObjectNode> rendered, Set<String> filterable) {
		Map<String, List<String>> query = call.query();
		List<String> invalid = query.keySet()
			.stream()
			.filter((key) -> !CONTROL.contains(key) && !filterable.contains(key))
			.collect(Collectors.toList());
		if (!invalid.isEmpty()) {
			throw NeutronError
				.badRequest(invalid.stream().map((k) -> "'" + k + "'").collect(Collectors.joining(", ", "[", "]"))
						+ " is invalid attribute for filtering");
		}
		List<ObjectNode> matching = new ArrayList<>();
		for (ObjectNode node : rendered) {
			if (matches(node, query)) {
				matching.add(node);
			}
		}
		ObjectNode body = Json.object();
		List<ObjectNode> page = page(call, kind, matching, body);
		Set<String> fields = fields(query.get("fields"));
		ArrayNode items = Json.array();
		for (ObjectNode node : page) {
			ObjectNode view = Views.of(call, kind, node);
			items.add(fields.isEmpty() ? view : project(view, fields));
		}
		body.set(kind.plural, items);
		if (body.has(kind.plural + "_links")) {
			body.set(kind.plural + "_links", body.remove(kind.plural + "_links"));
		}
		return Reply.ok(body);
	}

	private static List<ObjectNode> page(Call call, Kind kind, List<ObjectNode> matching, ObjectNode body) {
		String limitText = call.queryFirst("limit");
		if (limitText == null) {
			return matching;
		}
		int limit;
		try {
			limit = Integer.parseInt(limitText);
		}
		catch (NumberFormatException ex) {
			throw NeutronError.badRequest("Limit must be an integer 0 or greater and not '" + limitText + "'");
		}
		int start = 0;
		String marker = call.queryFirst("marker");
		if (marker != null) {
			for (int i = 0; i < matching.size(); i++) {
				if (marker.equals(matching.get(i).path("id").asString())) {
					start = i + 1;
				}
			}
		}
		int end = (limit <= 0) ? matching.size() : Math.min(matching.size(), start + limit);
		List<ObjectNode> page = matching.subList(start, end);
		ArrayNode links = Json.array();
		String base = call.baseUrl() + call.path() + "?" + filters(call) + "limit=" + limit;
		if (end < matching.size() && !page.isEmpty()) {
			ObjectNode next = links.addObject();
			next.put("rel", "next");
			next.put("href", base + "&marker=" + page.get(page.size() - 1).path("id").asString());
		}
		if (!page.isEmpty()) {
			ObjectNode previous = links.addObject();
			previous.put("rel", "previous");
			previous.put("href", base + "&marker=" + page.get(0).path("id").asString() + "&page_reverse=True");
		}
		body.set(kind.plural + "_links", links);
		return page;
	}

	/**
	 * The request's filters, for the page links: Neutron keeps them, so the next page of
	 * a project's ports is still that project's ports.
	 */
	private static String filters(Call call) {
		StringBuilder query = new StringBuilder();
		call.query().forEach((key, values) -> {
			if (!Set.of("limit", "marker", "page_reverse").contains(key)) {
				values.forEach((value) -> query.append(encode(key)).append('=').append(encode(value)).append('&'));
			}
		});
		return query.toString();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static boolean matches(ObjectNode node, Map<String, List<String>> query) {
		for (Map.Entry<String, List<String>> filter : query.entrySet()) {
			String key = filter.getKey();
			List<String> values = filter.getValue();
			if (key.startsWith("tags") || key.startsWith("not-tags")) {
				if (!tagsMatch(node, key, values)) {
					return false;
				}
			}
			else if (!CONTROL.contains(key) && !attributeMatches(node.get(key), key, values)) {
				return false;
			}
		}
		return true;
	}

	private static boolean attributeMatches(JsonNode value, String key, List<String> wanted) {
		if (key.equals("fixed_ips")) {
			return wanted.stream().allMatch((w) -> fixedIpMatches(value, w));
		}
		for (String w : wanted) {
			if (value == null || value.isNull()) {
				if (w.isEmpty() || w.equalsIgnoreCase("none")) {
					return true;
				}
			}
			else if (value.isArray()) {
				for (JsonNode element : value) {
					if (w.equals(element.asString())) {
						return true;
					}
				}
			}
			else if (value.isBoolean() ? value.asString().equalsIgnoreCase(w) : value.asString().equals(w)) {
				return true;
			}
		}
		return false;
	}

	private static boolean fixedIpMatches(JsonNode fixedIps, String wanted) {
		int eq = wanted.indexOf('=');
		if (eq < 0 || fixedIps == null) {
			return false;
		}
		String field = wanted.substring(0, eq);
		String expected = wanted.substring(eq + 1);
		for (JsonNode ip : fixedIps) {
			if (field.equals("ip_address_substr") ? ip.path("ip_address").asString().contains(expected)
					: expected.equals(ip.path(field).asString())) {
				return true;
			}
		}
		return false;
	}

	private static boolean tagsMatch(ObjectNode node, String key, List<String> values) {
		Set<String> tags = new LinkedHashSet<>();
		node.path("tags").forEach((tag) -> tags.add(tag.asString()));
		List<String> wanted = values.stream().flatMap((v) -> Arrays.stream(v.split(","))).toList();
		switch (key) {
			case "tags":
				return tags.containsAll(wanted);
			case "tags-any":
				return wanted.stream().anyMatch(tags::contains);
			case "not-tags":
				return !tags.containsAll(wanted);
			default:
				return wanted.stream().noneMatch(tags::contains);
		}
	}

	private static Set<String> fields(List<String> asked) {
		Set<String> fields = new LinkedHashSet<>();
		if (asked != null) {
			asked.forEach((f) -> fields.addAll(Arrays.asList(f.split(","))));
		}
		fields.remove("");
		return fields;
	}

	private static ObjectNode project(ObjectNode node, Set<String> fields) {
		ObjectNode projected = Json.object();
		for (String field : fields) {
			if (node.has(field)) {
				projected.set(field, node.get(field));
			}
		}
		return projected;
	}

	/**
	 * A single resource narrowed to {@code fields=} when asked, as Neutron does on GET
	 * one.
	 */
	static ObjectNode fields(Call call, Kind kind, ObjectNode node) {
		ObjectNode view = Views.of(call, kind, node);
		Set<String> fields = fields(call.query().get("fields"));
		return fields.isEmpty() ? view : project(view, fields);
	}

}
