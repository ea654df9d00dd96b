package io.stackshift.replication.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.stackshift.replication.snapshot.FixedIp;
import io.stackshift.replication.snapshot.PortSnapshot;
import io.stackshift.replication.snapshot.Snapshot;

/**
 * Instance ports and free VIP ports, when the operator asks for them: each source port is
 * one step whatever its number of addresses, none included (B10, B20, B21), with its MAC,
 * its addresses translated with their subnets, its groups by source id, its address
 * pairs. Ports Neutron makes by itself (router, DHCP, floating IP) are not planned; ports
 * on networks left behind are skipped with a warning. A port whose address Neutron picks
 * waits for the router interfaces on that subnet, so that a router address is never taken
 * by an instance port first; a port at a given address need not wait, since the source
 * held both addresses apart.
 */
final class PortPlanning {

	private final Snapshot snapshot;

	private final Scope scope;

	private final AddressTranslation translation;

	private final Draft draft;

	/** Router interface steps by the source id of their subnet. */
	private final Map<String, List<String>> interfaceKeys = new HashMap<>();

	PortPlanning(Snapshot snapshot, Scope scope, Draft draft) {
		this.snapshot = snapshot;
		this.scope = scope;
		this.translation = scope.translation();
		this.draft = draft;
	}

	void plan() {
		this.draft.steps()
			.stream()
			.filter((step) -> step.kind() == Kind.ROUTER_INTERFACE)
			.forEach((step) -> this.interfaceKeys
				.computeIfAbsent(step.key().substring(step.key().lastIndexOf('/') + 1), (subnet) -> new ArrayList<>())
				.add(step.key()));
		this.snapshot.ports().stream().sorted(Comparator.comparing(PortSnapshot::id)).forEach(this::port);
	}

	/**
	 * The ports that will be replicated.
	 * @param snapshot the source
	 * @param scope what is migrated
	 * @param mappings whether ports are replicated at all
	 * @return instance and free VIP ports on migrated networks, or none without port sync
	 */
	static List<PortSnapshot> replicated(Snapshot snapshot, Scope scope, Mappings mappings) {
		if (!mappings.syncInstancePorts()) {
			return List.of();
		}
		return snapshot.ports()
			.stream()
			.filter((port) -> isReplicated(port) && scope.migratesNetwork(port.networkId()))
			.toList();
	}

	/**
	 * Instance ports, and free ports: Waldur's VIP ports (compute:nova, DOWN, unbound)
	 * and the ports users make themselves, with no owner and no device (a keepalived VIP
	 * that other ports name in their address pairs, a port made ahead of its instance).
	 * Ports of services (load balancers, DHCP, routers) are theirs to make.
	 */
	static boolean isReplicated(PortSnapshot port) {
		boolean instance = port.deviceOwner().startsWith("compute:") && !port.deviceId().isBlank();
		boolean freeVip = "compute:nova".equals(port.deviceOwner()) && "DOWN".equals(port.status())
				&& port.bindingHost().isBlank();
		boolean userMade = port.deviceOwner().isBlank() && port.deviceId().isBlank();
		return instance || freeVip || userMade;
	}

	private void port(PortSnapshot port) {
		String key = Keys.port(port.id());
		if (port.deviceOwner().startsWith("network:")) {
			return;
		}
		if (!isReplicated(port)) {
			this.draft.warn("PORT_NOT_REPLICATED", key, "Port " + port.id() + " (device owner '" + port.deviceOwner()
					+ "') is neither an instance port nor a free VIP port; it is not replicated.");
			return;
		}
		if (!this.scope.migratesNetwork(port.networkId())) {
			this.draft.warn("PORT_SKIPPED", key,
					"Port " + port.id() + " is on network " + port.networkId() + ", which is not migrated.");
			return;
		}
		List<Object> fixedIps = new ArrayList<>();
		List<String> dependencies = new ArrayList<>();
		for (FixedIp fixedIp : port.fixedIps()) {
			if (!this.scope.migrates(fixedIp.subnetId())) {
				this.draft.warn("PORT_ADDRESS_DROPPED", key, "Address " + fixedIp.ipAddress() + " of port " + port.id()
						+ " is on subnet " + fixedIp.subnetId() + ", which is not migrated; the copy does not get it.");
				continue;
			}
			Object planned = fixedIp(fixedIp);
			fixedIps.add(planned);
			if (!(planned instanceof Map<?, ?> address && address.containsKey("ip_address"))) {
				// an address Neutron picks could be the one a router interface is planned
				// at
				dependencies.addAll(this.interfaceKeys.getOrDefault(fixedIp.subnetId(), List.of()));
			}
		}
		List<Object> groups = new ArrayList<>();
		for (String groupId : port.securityGroupIds()) {
			if (this.snapshot.securityGroup(groupId).isPresent()) {
				groups.add(Ref.to(Keys.securityGroup(groupId)));
			}
			else {
				this.draft.warn("PORT_GROUP_MISSING", key, "Port " + port.id() + " uses security group " + groupId
						+ ", which is not in the source tenant; the copy does not.");
			}
		}
		this.draft.add(new Step(key, Kind.PORT, Action.CREATE, port.name().isEmpty() ? port.id() : port.name(),
				Keys.network(port.networkId()), port.id(),
				Attributes.of()
					.put("network_id", Ref.to(Keys.network(port.networkId())))
					.put("name", port.name())
					.put("description", port.description())
					.put("mac_address", port.macAddress())
					.put("fixed_ips", List.copyOf(fixedIps))
					.put("port_security_enabled", port.portSecurityEnabled())
					.put("security_groups", port.portSecurityEnabled() ? List.copyOf(groups) : List.of())
					.put("allowed_address_pairs", addressPairs(port))
					.build(),
				dependencies));
	}

	/**
	 * On an automatic IPv6 subnet Neutron refuses a requested address; the same MAC gives
	 * the same host part, so the subnet alone is asked for.
	 */
	private Object fixedIp(FixedIp fixedIp) {
		Ref subnet = Ref.to(Keys.subnet(fixedIp.subnetId()));
		if (this.scope.subnet(fixedIp.subnetId()).orElseThrow().automaticAddresses()) {
			return Map.of("subnet_id", subnet);
		}
		return Attributes.pair("subnet_id", subnet, "ip_address", this.translation.translate(fixedIp.ipAddress()));
	}

	private List<Object> addressPairs(PortSnapshot port) {
		return port.allowedAddressPairs().stream().map((pair) -> {
			Map<String, Object> translated = new LinkedHashMap<>();
			translated.put("ip_address", this.translation.translate(pair.ipAddress()));
			if (pair.macAddress() != null) {
				translated.put("mac_address", pair.macAddress());
			}
			return (Object) Collections.unmodifiableMap(translated);
		}).toList();
	}

}
