package io.stackshift.replication.apply;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.stackshift.openstack.client.Port;
import io.stackshift.openstack.client.Router;
import io.stackshift.openstack.client.Routers;
import io.stackshift.openstack.client.Subnet;
import io.stackshift.replication.plan.Kind;
import io.stackshift.replication.plan.Step;

/**
 * Routers (one call each: Neutron has no bulk create for them), their gateway, their
 * interfaces and their extra routes. The executor runs one call per router at a time.
 */
final class RouterPerformers {

	private RouterPerformers() {
	}

	static void register(Map<Kind, Performer> performers) {
		performers.put(Kind.ROUTER, new IdentityPerformers.Single() {

			@Override
			StepOutcome make(Step step, Attributes attributes, Destination destination) {
				Router spec = new Router(null, attributes.string("name"), attributes.string("description"), null, null,
						null, null, null, null);
				return StepOutcome.created(routers(destination).create(spec).id());
			}

			@Override
			StepOutcome look(Step step, Attributes attributes, Destination destination) {
				return destination.claimFirst(routers(destination).list(), Router::id,
						(router) -> Objects.equals(router.name(), attributes.string("name")) && Objects.equals(
								Texts.orEmpty(router.description()), Texts.orEmpty(attributes.string("description"))))
					.map((router) -> StepOutcome.created(router.id()))
					.orElse(null);
			}

		});
		performers.put(Kind.ROUTER_GATEWAY, new IdentityPerformers.Single() {

			@Override
			StepOutcome make(Step step, Attributes attributes, Destination destination) {
				Map<String, Object> info = attributes.map("external_gateway_info");
				String router = attributes.string("router_id");
				routers(destination).setGateway(router, new Router.ExternalGateway((String) info.get("network_id"),
						(Boolean) info.get("enable_snat"), null));
				return StepOutcome.created(router);
			}

			@Override
			StepOutcome look(Step step, Attributes attributes, Destination destination) {
				return null;
			}

		});
		performers.put(Kind.ROUTER_ROUTES, new IdentityPerformers.Single() {

			@Override
			StepOutcome make(Step step, Attributes attributes, Destination destination) {
				List<Router.Route> routes = attributes.maps("routes")
					.stream()
					.map((route) -> new Router.Route((String) route.get("destination"), (String) route.get("nexthop")))
					.toList();
				String router = attributes.string("router_id");
				routers(destination).setRoutes(router, routes);
				return StepOutcome.created(router);
			}

			@Override
			StepOutcome look(Step step, Attributes attributes, Destination destination) {
				return null;
			}

		});
		performers.put(Kind.ROUTER_INTERFACE, new InterfacePerformer());
	}

	static Routers routers(Destination destination) {
		return destination.networking().routers();
	}

	/**
	 * An interface at the planned address: through the subnet when the address is the
	 * subnet's gateway (Neutron takes it), else through a port made at that address
	 * first. Found after a lost answer by the router's port at the address, or by an
	 * unattached port of ours at it.
	 */
	static final class InterfacePerformer extends IdentityPerformers.Single {

		@Override
		StepOutcome make(Step step, Attributes attributes, Destination destination) {
			String router = attributes.string("router_id");
			String subnetId = attributes.string("subnet_id");
			String address = attributes.string("ip_address");
			Subnet subnet = destination.networking().subnets().get(subnetId);
			if (address == null || address.equals(subnet.gatewayIp())) {
				Router.Interface added = routers(destination).addInterface(router, subnetId);
				return outcome(added.portId(), router);
			}
			Port port = destination.networking()
				.ports()
				.create(Port.on(attributes.string("network_id"), Objects.toString(attributes.string("name"), ""))
					.withFixedIps(List.of(new Port.FixedIp(subnetId, address))));
			destination.claim(List.of(port.id()));
			return attach(port.id(), router, destination);
		}

		@Override
		StepOutcome look(Step step, Attributes attributes, Destination destination) {
			String router = attributes.string("router_id");
			String subnetId = attributes.string("subnet_id");
			String address = attributes.string("ip_address");
			List<Port> ports = destination.networking()
				.ports()
				.list(Map.of("network_id", attributes.string("network_id")));
			for (Port port : ports) {
				boolean atAddress = port.fixedIps() != null && port.fixedIps()
					.stream()
					.anyMatch((ip) -> subnetId.equals(ip.subnetId())
							&& (address == null || address.equals(ip.ipAddress())));
				if (!atAddress) {
					continue;
				}
				if (router.equals(port.deviceId())) {
					return outcome(port.id(), router);
				}
				if (Texts.orEmpty(port.deviceOwner()).isEmpty()) {
					return attach(port.id(), router, destination);
				}
			}
			return null;
		}

		private static StepOutcome attach(String portId, String router, Destination destination) {
			routers(destination).addInterfacePort(router, portId);
			return outcome(portId, router);
		}

		private static StepOutcome outcome(String portId, String router) {
			return StepOutcome.created(portId).with("router_id", router);
		}

	}

}
