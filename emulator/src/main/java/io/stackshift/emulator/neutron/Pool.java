package io.stackshift.emulator.neutron;

import java.util.ArrayList;
import java.util.List;

import io.stackshift.emulator.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An allocation pool: an inclusive range of addresses of one subnet.
 */
record Pool(Address start, Address end) {

	boolean contains(Address address) {
		return address != null && address.version() == this.start.version() && this.start.compareTo(address) <= 0
				&& address.compareTo(this.end) <= 0;
	}

	boolean overlaps(Pool other) {
		return contains(other.start) || other.contains(this.start);
	}

	@Override
	public String toString() {
		return this.start + "-" + this.end;
	}

	ObjectNode toJson() {
		ObjectNode node = Json.object();
		node.put("start", this.start.toString());
		node.put("end", this.end.toString());
		return node;
	}

	/**
	 * Neutron's default pools: every usable host of the CIDR except the gateway, which
	 * splits the range in two when it sits in the middle.
	 */
	static List<Pool> defaults(Cidr cidr, Address gateway) {
		Address first = cidr.firstHost();
		Address last = cidr.lastHost();
		List<Pool> pools = new ArrayList<>();
		if (gateway == null || gateway.compareTo(first) < 0 || gateway.compareTo(last) > 0) {
			pools.add(new Pool(first, last));
			return pools;
		}
		if (gateway.compareTo(first) > 0) {
			pools.add(new Pool(first, gateway.plus(-1)));
		}
		if (gateway.compareTo(last) < 0) {
			pools.add(new Pool(gateway.plus(1), last));
		}
		return pools;
	}

	static List<Pool> of(JsonNode subnet) {
		List<Pool> pools = new ArrayList<>();
		for (JsonNode pool : subnet.path("allocation_pools")) {
			pools.add(
					new Pool(Address.parse(pool.path("start").asString()), Address.parse(pool.path("end").asString())));
		}
		return pools;
	}

	static ArrayNode toJson(List<Pool> pools) {
		ArrayNode array = Json.array();
		pools.forEach((pool) -> array.add(pool.toJson()));
		return array;
	}

}
