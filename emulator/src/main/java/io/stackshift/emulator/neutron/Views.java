package io.stackshift.emulator.neutron;

import java.util.List;
import java.util.Map;

import io.stackshift.emulator.http.Call;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a non-admin does not see, as Neutron's default policies hide it: provider
 * attributes of networks, the binding details of ports, the distributed and HA flags of
 * routers.
 */
final class Views {

	private static final Map<Kind, List<String>> ADMIN_ONLY = Map.of(Kind.NETWORK,
			List.of("provider:network_type", "provider:physical_network", "provider:segmentation_id"), Kind.PORT,
			List.of("binding:profile", "binding:host_id", "binding:vif_type", "binding:vif_details"), Kind.ROUTER,
			List.of("distributed", "ha"));

	private Views() {
	}

	static ObjectNode of(Call call, Kind kind, ObjectNode node) {
		List<String> hidden = ADMIN_ONLY.get(kind);
		if (hidden == null || call.caller().isAdmin()) {
			return node;
		}
		ObjectNode copy = node.deepCopy();
		copy.remove(hidden);
		return copy;
	}

}
