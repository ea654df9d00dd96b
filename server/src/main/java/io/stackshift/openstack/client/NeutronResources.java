package io.stackshift.openstack.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Neutron collection (networks, subnets, ports, ...): create, bulk create, read, list
 * with filters across pages, update, delete and tags. When scoped to a project, every
 * create carries that {@code project_id} (an admin creating in another project) and every
 * list is filtered by it.
 *
 * @param <T> the resource record
 */
public class NeutronResources<T> {

	/** Neutron's default page is unbounded; a bound keeps each answer small and fast. */
	static final int DEFAULT_PAGE_SIZE = 500;

	private final Service neutron;

	private final String collectionPath;

	private final String singular;

	private final String plural;

	private final Class<T> type;

	private final String projectId;

	private final Consumer<List<T>> bulkCheck;

	NeutronResources(Service neutron, String collectionPath, String singular, String plural, Class<T> type,
			String projectId, Consumer<List<T>> bulkCheck) {
		this.neutron = neutron;
		this.collectionPath = collectionPath;
		this.singular = singular;
		this.plural = plural;
		this.type = type;
		this.projectId = projectId;
		this.bulkCheck = bulkCheck;
	}

	/** Creates one; a failure that may have created it anyway is {@code ambiguous()}. */
	public T create(T spec) {
		JsonNode answer = this.neutron.create(Path.of(this.collectionPath), Map.of(this.singular, body(spec)));
		return read(answer.path(this.singular));
	}

	/**
	 * Creates all in one request with the plural body key; Neutron creates them in one
	 * transaction (all or none) for networks, subnets, ports, security groups and rules.
	 */
	public List<T> createAll(List<T> specs) {
		if (specs.isEmpty()) {
			return List.of();
		}
		this.bulkCheck.accept(specs);
		List<ObjectNode> bodies = specs.stream().map(this::body).toList();
		JsonNode answer = this.neutron.create(Path.of(this.collectionPath), Map.of(this.plural, bodies));
		List<T> created = new ArrayList<>();
		for (JsonNode item : answer.path(this.plural)) {
			created.add(read(item));
		}
		return created;
	}

	public T get(String id) {
		return read(this.neutron.get(Path.of(this.collectionPath + "/{id}", id)).path(this.singular));
	}

	public List<T> list() {
		return list(Map.of());
	}

	/**
	 * All matching, e.g. {@code Map.of("network_id", id)}; collections are comma-joined.
	 */
	public List<T> list(Map<String, ?> filters) {
		return list(filters, DEFAULT_PAGE_SIZE);
	}

	public List<T> list(Map<String, ?> filters, int pageSize) {
		Path path = Path.of(this.collectionPath).query("limit", pageSize);
		if (this.projectId != null && !filters.containsKey("project_id")) {
			path = path.query("project_id", this.projectId);
		}
		for (Map.Entry<String, ?> filter : new TreeMap<>(filters).entrySet()) {
			path = path.query(filter.getKey(), filter.getValue());
		}
		return this.neutron.list(path, this.plural, this.type);
	}

	/**
	 * Changes the given attributes; a null value clears one (e.g. {@code gateway_ip}).
	 */
	public T update(String id, Map<String, ?> changes) {
		JsonNode answer = this.neutron.put(Path.of(this.collectionPath + "/{id}", id), Map.of(this.singular, changes),
				true);
		return read(answer.path(this.singular));
	}

	public void delete(String id) {
		this.neutron.delete(Path.of(this.collectionPath + "/{id}", id));
	}

	/** Adds one tag; adding a tag it already has changes nothing. */
	public void addTag(String id, String tag) {
		this.neutron.put(Path.of(this.collectionPath + "/{id}/tags/{tag}", id, tag), null, true);
	}

	/** Replaces all tags. */
	public void replaceTags(String id, List<String> tags) {
		this.neutron.put(Path.of(this.collectionPath + "/{id}/tags", id), Map.of("tags", tags), true);
	}

	public void removeTag(String id, String tag) {
		this.neutron.delete(Path.of(this.collectionPath + "/{id}/tags/{tag}", id, tag));
	}

	private ObjectNode body(T spec) {
		ObjectNode body = Json.MAPPER.valueToTree(spec);
		if (this.projectId != null && !body.hasNonNull("project_id")) {
			body.put("project_id", this.projectId);
		}
		return body;
	}

	private T read(JsonNode node) {
		if (!node.isObject()) {
			throw new IllegalStateException("Neutron's answer holds no '" + this.singular + "'");
		}
		return Json.MAPPER.treeToValue(node, this.type);
	}

}
