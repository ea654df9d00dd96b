package io.stackshift.openstack.client;

import java.util.List;

/**
 * A Neutron router; interfaces and routes are changed through {@link Routers}' actions.
 */
public record Router(String id, String name, String description, String projectId, Boolean adminStateUp,
		ExternalGateway externalGatewayInfo, List<Route> routes, String status, List<String> tags) {

	/** The router's uplink to an external network. */
	public record ExternalGateway(String networkId, Boolean enableSnat, List<Port.FixedIp> externalFixedIps) {

		public static ExternalGateway to(String externalNetworkId) {
			return new ExternalGateway(externalNetworkId, null, null);
		}

	}

	/** An extra route: traffic for {@code destination} goes to {@code nexthop}. */
	public record Route(String destination, String nexthop) {
	}

	/**
	 * What {@code add_router_interface} answers: the port that now joins router and
	 * subnet.
	 */
	public record Interface(String id, String subnetId, List<String> subnetIds, String portId, String networkId) {
	}

	public static Router named(String name) {
		return new Router(null, name, null, null, null, null, null, null, null);
	}

	public Router withGateway(ExternalGateway gateway) {
		return new Router(this.id, this.name, this.description, this.projectId, this.adminStateUp, gateway, this.routes,
				this.status, this.tags);
	}

}
