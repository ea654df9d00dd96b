package io.stackshift.replication.snapshot;

import java.util.List;

/**
 * A source router.
 *
 * @param id OpenStack id
 * @param name name
 * @param description description
 * @param externalGateway the external gateway, or {@code null} when there is none
 * @param interfaces the router's interfaces on internal subnets
 * @param routes the router's extra routes
 */
public record RouterSnapshot(String id, String name, String description, ExternalGateway externalGateway,
		List<RouterInterface> interfaces, List<Route> routes) {

	public RouterSnapshot {
		name = (name != null) ? name : "";
		description = (description != null) ? description : "";
		interfaces = Lists.of(interfaces);
		routes = Lists.of(routes);
	}

	/**
	 * A router's external gateway.
	 *
	 * @param networkId the external network
	 * @param fixedIps the gateway's addresses on it
	 * @param enableSnat whether SNAT is on, or {@code null} when unknown
	 */
	public record ExternalGateway(String networkId, List<FixedIp> fixedIps, Boolean enableSnat) {

		public ExternalGateway {
			fixedIps = Lists.of(fixedIps);
		}

	}

	/**
	 * A router interface on one subnet.
	 *
	 * @param subnetId the subnet
	 * @param portId the interface port
	 * @param ipAddress the router's address on that subnet
	 */
	public record RouterInterface(String subnetId, String portId, String ipAddress) {
	}

}
