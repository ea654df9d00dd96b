package io.stackshift.emulator.neutron;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.stackshift.emulator.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Neutron state of one cloud: one table per kind, in creation order, plus quota
 * limits set per project. Guarded by the cloud's lock; not thread-safe on its own.
 */
public final class NeutronState {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private Map<Kind, Map<String, ObjectNode>> tables = emptyTables();

	private Map<String, Map<String, Integer>> quotas = new LinkedHashMap<>();

	private int nextSegment = 100;

	private final Clock clock;

	public NeutronState(Clock clock) {
		this.clock = clock;
	}

	private static Map<Kind, Map<String, ObjectNode>> emptyTables() {
		Map<Kind, Map<String, ObjectNode>> tables = new EnumMap<>(Kind.class);
		for (Kind kind : Kind.values()) {
			tables.put(kind, new LinkedHashMap<>());
		}
		return tables;
	}

	Collection<ObjectNode> all(Kind kind) {
		return this.tables.get(kind).values();
	}

	List<ObjectNode> where(Kind kind, Predicate<ObjectNode> test) {
		List<ObjectNode> found = new ArrayList<>();
		for (ObjectNode node : all(kind)) {
			if (test.test(node)) {
				found.add(node);
			}
		}
		return found;
	}

	ObjectNode get(Kind kind, String id) {
		return (id != null) ? this.tables.get(kind).get(id) : null;
	}

	void put(Kind kind, ObjectNode node) {
		this.tables.get(kind).put(node.get("id").asString(), node);
	}

	void remove(Kind kind, String id) {
		this.tables.get(kind).remove(id);
	}

	int count(Kind kind, String projectId) {
		int count = 0;
		for (ObjectNode node : all(kind)) {
			if (projectId.equals(Json.text(node, "project_id"))) {
				count++;
			}
		}
		return count;
	}

	Map<String, Integer> quotaOverrides(String projectId) {
		return this.quotas.computeIfAbsent(projectId, (p) -> new LinkedHashMap<>());
	}

	Map<String, Map<String, Integer>> allQuotaOverrides() {
		return this.quotas;
	}

	int nextSegment() {
		return this.nextSegment++;
	}

	String now() {
		return TIME.format(this.clock.instant().truncatedTo(ChronoUnit.SECONDS));
	}

	/** A new resource with the attributes every Neutron resource carries. */
	ObjectNode stamp(String projectId) {
		ObjectNode node = Json.object();
		node.put("id", UUID.randomUUID().toString());
		node.put("tenant_id", projectId);
		node.put("project_id", projectId);
		node.put("description", "");
		node.putArray("tags");
		String now = now();
		node.put("created_at", now);
		node.put("updated_at", now);
		node.put("revision_number", 0);
		return node;
	}

	void touch(ObjectNode node) {
		node.put("updated_at", now());
		node.put("revision_number", node.path("revision_number").asInt() + 1);
	}

	/**
	 * A deep copy, taken before a bulk create so that a failure can restore it (atomic
	 * bulk).
	 */
	Saved save() {
		Map<Kind, Map<String, ObjectNode>> copy = emptyTables();
		this.tables.forEach((kind, table) -> table.forEach((id, node) -> copy.get(kind).put(id, node.deepCopy())));
		Map<String, Map<String, Integer>> quotaCopy = new LinkedHashMap<>();
		this.quotas.forEach((project, limits) -> quotaCopy.put(project, new LinkedHashMap<>(limits)));
		return new Saved(copy, quotaCopy, this.nextSegment);
	}

	void restore(Saved saved) {
		this.tables = saved.tables;
		this.quotas = saved.quotas;
		this.nextSegment = saved.nextSegment;
	}

	record Saved(Map<Kind, Map<String, ObjectNode>> tables, Map<String, Map<String, Integer>> quotas, int nextSegment) {
	}

	/** The whole state as JSON, for snapshots to disk. */
	public ObjectNode toJson() {
		ObjectNode root = Json.object();
		this.tables.forEach((kind, table) -> {
			var array = root.putArray(kind.plural);
			table.values().forEach(array::add);
		});
		root.set("quotas", Json.MAPPER.valueToTree(this.quotas));
		root.put("next_segment", this.nextSegment);
		return root;
	}

	public void load(JsonNode root) {
		this.tables = emptyTables();
		for (Kind kind : Kind.values()) {
			root.path(kind.plural).forEach((node) -> put(kind, (ObjectNode) node.deepCopy()));
		}
		this.quotas = new LinkedHashMap<>();
		root.path("quotas").properties().forEach((entry) -> {
			Map<String, Integer> limits = new LinkedHashMap<>();
			entry.getValue().properties().forEach((limit) -> limits.put(limit.getKey(), limit.getValue().asInt()));
			this.quotas.put(entry.getKey(), limits);
		});
		this.nextSegment = root.path("next_segment").asInt(100);
	}

}
