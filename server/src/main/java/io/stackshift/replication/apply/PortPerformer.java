package io.stackshift.replication.apply;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.stackshift.openstack.client.Port;
import io.stackshift.replication.plan.Step;

/**
 * Ports of one network in one bulk call, with their MAC, addresses, groups and address
 * pairs. After a lost answer a port is found by its MAC in its network (Neutron keeps it
 * unique there).
 */
final class PortPerformer implements Performer {

	@Override
	public Map<String, StepOutcome> perform(List<Step> steps, Destination destination) {
		List<Port> made = destination.networking()
			.ports()
			.createAll(steps.stream().map((step) -> spec(destination.attributes(step))).toList());
		destination.claim(made.stream().map(Port::id).toList());
		Map<String, StepOutcome> outcomes = new LinkedHashMap<>();
		for (int i = 0; i < steps.size(); i++) {
			outcomes.put(steps.get(i).key(), settle(steps.get(i), made.get(i), destination));
		}
		return outcomes;
	}

	/**
	 * Neutron's bulk port create (Zed, ML2) drops allowed address pairs; they are set by
	 * an update, which is safe to repeat.
	 */
	private static StepOutcome settle(Step step, Port port, Destination destination) {
		Port wanted = spec(destination.attributes(step));
		boolean missing = !wanted.allowedAddressPairs().isEmpty()
				&& (port.allowedAddressPairs() == null || port.allowedAddressPairs().isEmpty());
		if (missing) {
			destination.networking()
				.ports()
				.update(port.id(), Map.of("allowed_address_pairs", wanted.allowedAddressPairs()));
		}
		return StepOutcome.created(port.id());
	}

	@Override
	public Map<String, StepOutcome> find(List<Step> steps, Destination destination) {
		Map<String, StepOutcome> outcomes = new LinkedHashMap<>();
		String network = destination.attributes(steps.get(0)).string("network_id");
		List<Port> ports = destination.networking().ports().list(Map.of("network_id", network));
		for (Step step : steps) {
			Port wanted = spec(destination.attributes(step));
			destination
				.claimFirst(ports, Port::id,
						(port) -> (wanted.macAddress() != null) ? Objects.equals(port.macAddress(), wanted.macAddress())
								: Objects.equals(port.name(), wanted.name())
										&& Objects.equals(port.fixedIps(), wanted.fixedIps()))
				.ifPresent((port) -> outcomes.put(step.key(), settle(step, port, destination)));
		}
		return outcomes;
	}

	static Port spec(Attributes attributes) {
		List<Port.FixedIp> fixedIps = attributes.maps("fixed_ips")
			.stream()
			.map((ip) -> new Port.FixedIp((String) ip.get("subnet_id"), (String) ip.get("ip_address")))
			.toList();
		List<Port.AllowedAddressPair> pairs = attributes.maps("allowed_address_pairs")
			.stream()
			.map((pair) -> new Port.AllowedAddressPair((String) pair.get("ip_address"),
					(String) pair.get("mac_address")))
			.toList();
		return new Port(null, attributes.string("name"), attributes.string("description"), null,
				attributes.string("network_id"), attributes.string("mac_address"), fixedIps,
				attributes.list("security_groups"), attributes.bool("port_security_enabled"), pairs, null, null, null,
				null, null);
	}

}
