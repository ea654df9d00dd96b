package io.stackshift.openstack.client;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A project's quota set on one service, the same way for Neutron ({@code quota}), Nova
 * and Cinder ({@code quota_set}): limits by key, and limits with usage by key.
 */
public final class Quotas {

	private final Service service;

	private final String pathTemplate;

	private final String wrapper;

	private final String detailSuffix;

	private final String detailQuery;

	Quotas(Service service, String pathTemplate, String wrapper, String detailSuffix, String detailQuery) {
		this.service = service;
		this.pathTemplate = pathTemplate;
		this.wrapper = wrapper;
		this.detailSuffix = detailSuffix;
		this.detailQuery = detailQuery;
	}

	/** The project's limits by key, e.g. {@code network -> 100}. */
	public Map<String, Long> limits(String projectId) {
		JsonNode set = this.service.get(Path.of(this.pathTemplate, projectId)).path(this.wrapper);
		Map<String, Long> limits = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : set.properties()) {
			if (entry.getValue().isNumber()) {
				limits.put(entry.getKey(), entry.getValue().asLong());
			}
		}
		return limits;
	}

	/** The project's limits with usage by key. */
	public Map<String, QuotaUsage> usage(String projectId) {
		Path path = Path.of(this.pathTemplate + this.detailSuffix, projectId);
		if (this.detailQuery != null) {
			path = path.query(this.detailQuery, "true");
		}
		JsonNode set = this.service.get(path).path(this.wrapper);
		Map<String, QuotaUsage> usage = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : set.properties()) {
			if (entry.getValue().isObject()) {
				usage.put(entry.getKey(), QuotaUsage.from(entry.getValue()));
			}
		}
		return usage;
	}

	/** Sets the given limits (others stay) and returns all limits after the change. */
	public Map<String, Long> update(String projectId, Map<String, Long> limits) {
		this.service.put(Path.of(this.pathTemplate, projectId), Map.of(this.wrapper, limits), true);
		return limits(projectId);
	}

	/** Drops the project's own limits: the service's defaults apply again. */
	public void reset(String projectId) {
		this.service.delete(Path.of(this.pathTemplate, projectId));
	}

}
