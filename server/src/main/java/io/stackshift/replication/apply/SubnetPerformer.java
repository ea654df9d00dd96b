package io.stackshift.replication.apply;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.stackshift.openstack.client.NeutronResources;
import io.stackshift.openstack.client.Subnet;
import io.stackshift.replication.plan.Step;

/**
 * Subnets, in one bulk call per batch, across networks. A subnet planned without a
 * gateway is created with Neutron's default gateway and pools (the client sends no null
 * gateway), then has its gateway cleared and only then gets its planned pools: those
 * often start at the address Neutron took for the gateway, and asking for both at once is
 * a 409. After a lost answer a subnet is found by its CIDR in its network, which Neutron
 * keeps unique.
 */
final class SubnetPerformer implements Performer {

	@Override
	public Map<String, StepOutcome> perform(List<Step> steps, Destination destination) {
		NeutronResources<Subnet> subnets = destination.networking().subnets();
		List<Subnet> made = subnets.createAll(
				steps.stream().map((step) -> spec(destination.attributes(step), !withoutGateway(step))).toList());
		destination.claim(made.stream().map(Subnet::id).toList());
		Map<String, StepOutcome> outcomes = new LinkedHashMap<>();
		for (int i = 0; i < steps.size(); i++) {
			outcomes.put(steps.get(i).key(), settle(steps.get(i), made.get(i), destination));
		}
		return outcomes;
	}

	@Override
	public Map<String, StepOutcome> find(List<Step> steps, Destination destination) {
		Map<String, StepOutcome> outcomes = new LinkedHashMap<>();
		for (Step step : steps) {
			Attributes attributes = destination.attributes(step);
			List<Subnet> candidates = destination.networking()
				.subnets()
				.list(Map.of("network_id", attributes.string("network_id")));
			destination
				.claimFirst(candidates, Subnet::id,
						(subnet) -> Objects.equals(subnet.cidr(), attributes.string("cidr")))
				.ifPresent((subnet) -> outcomes.put(step.key(), settle(step, subnet, destination)));
		}
		return outcomes;
	}

	private static boolean withoutGateway(Step step) {
		return step.attributes().containsKey("gateway_ip") && step.attributes().get("gateway_ip") == null;
	}

	private static StepOutcome settle(Step step, Subnet subnet, Destination destination) {
		if (withoutGateway(step)) {
			if (subnet.gatewayIp() != null) {
				Map<String, Object> changes = new HashMap<>();
				changes.put("gateway_ip", null);
				destination.networking().subnets().update(subnet.id(), changes);
			}
			List<Map<String, Object>> pools = destination.attributes(step).maps("allocation_pools");
			if (!pools.isEmpty()) {
				destination.networking().subnets().update(subnet.id(), Map.of("allocation_pools", pools));
			}
		}
		return StepOutcome.created(subnet.id());
	}

	static Subnet spec(Attributes attributes) {
		return spec(attributes, true);
	}

	private static Subnet spec(Attributes attributes, boolean withPools) {
		List<Subnet.AllocationPool> pools = attributes.maps("allocation_pools")
			.stream()
			.map((pool) -> new Subnet.AllocationPool((String) pool.get("start"), (String) pool.get("end")))
			.toList();
		List<Subnet.HostRoute> routes = attributes.maps("host_routes")
			.stream()
			.map((route) -> new Subnet.HostRoute((String) route.get("destination"), (String) route.get("nexthop")))
			.toList();
		return new Subnet(null, attributes.string("name"), attributes.string("description"), null,
				attributes.string("network_id"), attributes.integer("ip_version"), attributes.string("cidr"),
				attributes.string("gateway_ip"), attributes.bool("enable_dhcp"),
				(pools.isEmpty() || !withPools) ? null : pools, attributes.list("dns_nameservers"), routes,
				attributes.string("ipv6_ra_mode"), attributes.string("ipv6_address_mode"), null);
	}

}
