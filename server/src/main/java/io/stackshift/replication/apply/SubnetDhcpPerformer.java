package io.stackshift.replication.apply;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.stackshift.openstack.client.Subnet;
import io.stackshift.replication.plan.Step;

/**
 * Turns DHCP on for a subnet whose copied ports now hold their addresses: had it been on
 * from the start, Neutron's DHCP port could have taken an address a copied port needs.
 * Turning it on twice is harmless, so after a lost answer the subnet only needs to be
 * read.
 */
final class SubnetDhcpPerformer implements Performer {

	@Override
	public Map<String, StepOutcome> perform(List<Step> steps, Destination destination) {
		Map<String, StepOutcome> outcomes = new LinkedHashMap<>();
		for (Step step : steps) {
			String subnet = destination.attributes(step).string("subnet_id");
			destination.networking().subnets().update(subnet, Map.of("enable_dhcp", true));
			outcomes.put(step.key(), StepOutcome.adopted(subnet));
		}
		return outcomes;
	}

	@Override
	public Map<String, StepOutcome> find(List<Step> steps, Destination destination) {
		Map<String, StepOutcome> outcomes = new LinkedHashMap<>();
		for (Step step : steps) {
			String id = destination.attributes(step).string("subnet_id");
			Subnet subnet = destination.networking().subnets().get(id);
			if (Boolean.TRUE.equals(subnet.enableDhcp())) {
				outcomes.put(step.key(), StepOutcome.adopted(id));
			}
		}
		return outcomes;
	}

}
