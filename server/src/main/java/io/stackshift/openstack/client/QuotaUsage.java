package io.stackshift.openstack.client;

import tools.jackson.databind.JsonNode;

/** One quota with what is used of it; a limit of -1 means unlimited. */
public record QuotaUsage(long limit, long inUse, long reserved) {

	/** Reads Neutron's {@code used} as well as Nova's and Cinder's {@code in_use}. */
	static QuotaUsage from(JsonNode node) {
		JsonNode used = node.has("in_use") ? node.get("in_use") : node.path("used");
		return new QuotaUsage(node.path("limit").asLong(-1), used.asLong(0), node.path("reserved").asLong(0));
	}

}
