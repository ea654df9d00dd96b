package io.stackshift.replication.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.stackshift.replication.snapshot.FloatingIpSnapshot;
import io.stackshift.replication.snapshot.PortSnapshot;
import io.stackshift.replication.snapshot.Route;
import io.stackshift.replication.snapshot.RouterSnapshot;
import io.stackshift.replication.snapshot.RouterSnapshot.RouterInterface;
import io.stackshift.replication.snapshot.Snapshot;

/**
 * Routers with their topology (B16): a router is planned when it has an interface on a
 * migrated subnet, or no internal interface at all; a router whose every interface is on
 * a subnet left behind is skipped with a warning. Each migrated subnet is attached to the
 * same router at the same (translated) address. A router with an external gateway gets
 * one on the destination's external network, unless the operator skips it or the
 * destination has none. Extra routes are translated and kept when their nexthop lies on a
 * subnet attached to the router, and set only after the interfaces exist (B14); every
 * dropped route is a warning (B11).
 */
final class RouterPlanning {

	private final Snapshot snapshot;

	private final Scope scope;

	private final AddressTranslation translation;

	private final Mappings mappings;

	private final DestinationFacts destination;

	private final Draft draft;

	RouterPlanning(Snapshot snapshot, Scope scope, Mappings mappings, DestinationFacts destination, Draft draft) {
		this.snapshot = snapshot;
		this.scope = scope;
		this.translation = scope.translation();
		this.mappings = mappings;
		this.destination = destination;
		this.draft = draft;
	}

	void plan() {
		this.snapshot.routers().stream().sorted(Comparator.comparing(RouterSnapshot::id)).forEach(this::router);
		for (FloatingIpSnapshot floatingIp : this.snapshot.floatingIps()) {
			this.draft.warn("FLOATING_IP_NOT_REPLICATED", Keys.floatingIp(floatingIp.id()),
					"Floating IP " + floatingIp.floatingIpAddress()
							+ " is not replicated; allocate one in the destination if needed.");
		}
	}

	private void router(RouterSnapshot router) {
		String key = Keys.router(router.id());
		Map<String, RouterInterface> interfaces = new LinkedHashMap<>();
		router.interfaces()
			.stream()
			.sorted(Comparator.comparing(RouterInterface::subnetId))
			.forEach((port) -> interfaces.putIfAbsent(port.subnetId(), port));
		interfaces.keySet().removeIf((subnetId) -> !this.scope.migrates(subnetId));
		if (interfaces.isEmpty() && !router.interfaces().isEmpty()) {
			this.draft.warn("ROUTER_SKIPPED", key,
					"Router " + router.name() + " is not replicated: none of its subnets is migrated.");
			return;
		}
		this.draft.add(new Step(key, Kind.ROUTER, Action.CREATE, router.name(), null, router.id(),
				Attributes.of().put("name", router.name()).put("description", router.description()).build(),
				Keys.NEUTRON_READY));
		router.interfaces()
			.stream()
			.filter((port) -> !this.scope.migrates(port.subnetId()))
			.forEach((port) -> this.draft.warn("ROUTER_INTERFACE_SKIPPED", key, "Router " + router.name()
					+ " is not attached to subnet " + port.subnetId() + ", which is not migrated."));
		List<String> interfaceKeys = new ArrayList<>();
		for (RouterInterface port : interfaces.values()) {
			String subnetKey = Keys.subnet(port.subnetId());
			String networkId = this.scope.subnet(port.subnetId()).orElseThrow().networkId();
			String interfaceKey = Keys.routerInterface(router.id(), port.subnetId());
			interfaceKeys.add(interfaceKey);
			this.draft.add(new Step(interfaceKey, Kind.ROUTER_INTERFACE, Action.CREATE,
					router.name() + " on " + this.scope.mapping(port.subnetId()).destination(), key, port.portId(),
					Attributes.of()
						.put("router_id", Ref.to(key))
						.put("subnet_id", Ref.to(subnetKey))
						.put("network_id", Ref.to(Keys.network(networkId)))
						.put("ip_address", this.translation.translate(port.ipAddress()))
						.putIfPresent("name", portName(port.portId()))
						.build(),
					List.of()));
		}
		gateway(router);
		routes(router, interfaces.keySet(), interfaceKeys);
	}

	/**
	 * The name of an interface port attached by hand (a port made, named, then attached),
	 * so that the copy's port carries it too; null for the unnamed ports Neutron makes.
	 */
	private String portName(String portId) {
		return this.snapshot.ports()
			.stream()
			.filter((port) -> port.id().equals(portId) && !port.name().isEmpty())
			.map(PortSnapshot::name)
			.findFirst()
			.orElse(null);
	}

	private void gateway(RouterSnapshot router) {
		String key = Keys.router(router.id());
		if (router.externalGateway() == null) {
			return;
		}
		if (this.mappings.skipConnectionExtnet()) {
			this.draft.warn("GATEWAY_SKIPPED", key, "Router " + router.name()
					+ " has an external gateway in the source; it is not connected, as requested.");
			return;
		}
		if (this.destination.externalNetworkId() == null) {
			this.draft.warn("EXTERNAL_NETWORK_MISSING", key, "Router " + router.name()
					+ " has an external gateway in the source, but the destination has no external network.");
			return;
		}
		Map<String, Object> gateway = new LinkedHashMap<>();
		gateway.put("network_id", this.destination.externalNetworkId());
		if (router.externalGateway().enableSnat() != null) {
			gateway.put("enable_snat", router.externalGateway().enableSnat());
		}
		this.draft.add(new Step(Keys.routerGateway(router.id()), Kind.ROUTER_GATEWAY, Action.UPDATE, router.name(), key,
				router.id(),
				Attributes.of()
					.put("router_id", Ref.to(key))
					.put("external_gateway_info", Collections.unmodifiableMap(gateway))
					.build(),
				List.of()));
	}

	private void routes(RouterSnapshot router, Iterable<String> attachedSubnets, List<String> interfaceKeys) {
		List<CidrMapping> attached = new ArrayList<>();
		attachedSubnets.forEach((subnetId) -> attached.add(this.scope.mapping(subnetId)));
		List<Route> kept = new ArrayList<>();
		for (Route route : router.routes()) {
			Route translated = new Route(this.translation.translate(route.destination()),
					this.translation.translate(route.nexthop()));
			boolean reachable = attached.stream()
				.anyMatch((mapping) -> CidrMapping.identity(mapping.destination()).contains(translated.nexthop()));
			if (reachable) {
				kept.add(translated);
			}
			else {
				this.draft.warn("ROUTE_DROPPED", Keys.router(router.id()), "Route to " + route.destination() + " via "
						+ route.nexthop() + " of router " + router.name()
						+ " is dropped: its nexthop is not on a subnet attached to the router in the destination.");
			}
		}
		if (kept.isEmpty()) {
			return;
		}
		String key = Keys.router(router.id());
		this.draft.add(new Step(Keys.routerRoutes(router.id()), Kind.ROUTER_ROUTES, Action.UPDATE, router.name(), key,
				router.id(),
				Attributes.of()
					.put("router_id", Ref.to(key))
					.put("routes", kept.stream()
						.map((route) -> Attributes.pair("destination", route.destination(), "nexthop", route.nexthop()))
						.toList())
					.build(),
				interfaceKeys));
	}

}
