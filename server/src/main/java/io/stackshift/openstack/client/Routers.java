package io.stackshift.openstack.client;

import java.util.List;
import java.util.Map;

/**
 * Neutron routers: the usual collection operations (no bulk create: Neutron refuses it
 * for routers) plus the router actions. Interfaces and extra routes of one router should
 * be changed one at a time; concurrent changes to one router conflict.
 */
public final class Routers extends NeutronResources<Router> {

	private final Service neutron;

	Routers(Service neutron, String projectId) {
		super(neutron, "/routers", "router", "routers", Router.class, projectId, (specs) -> {
			throw new UnsupportedOperationException("Neutron has no bulk create for routers");
		});
		this.neutron = neutron;
	}

	/**
	 * Attaches a subnet through its gateway address; not idempotent (a second call is
	 * refused).
	 */
	public Router.Interface addInterface(String routerId, String subnetId) {
		return interfaceAction(routerId, "add_router_interface", Map.of("subnet_id", subnetId));
	}

	/**
	 * Attaches an existing port (e.g. one holding a non-gateway address of the subnet).
	 */
	public Router.Interface addInterfacePort(String routerId, String portId) {
		return interfaceAction(routerId, "add_router_interface", Map.of("port_id", portId));
	}

	public Router.Interface removeInterface(String routerId, String subnetId) {
		return interfaceAction(routerId, "remove_router_interface", Map.of("subnet_id", subnetId));
	}

	/**
	 * Adds routes atomically (extension extraroute-atomic); their nexthops must be on
	 * attached subnets.
	 */
	public Router addExtraRoutes(String routerId, List<Router.Route> routes) {
		return routesAction(routerId, "add_extraroutes", routes);
	}

	public Router removeExtraRoutes(String routerId, List<Router.Route> routes) {
		return routesAction(routerId, "remove_extraroutes", routes);
	}

	/** Replaces the whole route list with an attribute update. */
	public Router setRoutes(String routerId, List<Router.Route> routes) {
		return update(routerId, Map.of("routes", routes));
	}

	/** Sets the uplink to an external network. */
	public Router setGateway(String routerId, Router.ExternalGateway gateway) {
		return update(routerId, Map.of("external_gateway_info", gateway));
	}

	public Router clearGateway(String routerId) {
		return update(routerId, Map.of("external_gateway_info", Map.of()));
	}

	private Router.Interface interfaceAction(String routerId, String action, Map<String, String> body) {
		return Json.MAPPER.treeToValue(this.neutron.put(Path.of("/routers/{id}/" + action, routerId), body, false),
				Router.Interface.class);
	}

	private Router routesAction(String routerId, String action, List<Router.Route> routes) {
		// Adding the same routes twice changes nothing, so these may be repeated safely.
		return Json.MAPPER.treeToValue(this.neutron
			.put(Path.of("/routers/{id}/" + action, routerId), Map.of("router", Map.of("routes", routes)), true)
			.path("router"), Router.class);
	}

}
