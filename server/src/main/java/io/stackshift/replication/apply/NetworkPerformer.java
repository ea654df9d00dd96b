package io.stackshift.replication.apply;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.stackshift.openstack.client.Network;
import io.stackshift.replication.plan.Step;

/**
 * Networks, in one bulk call per batch (Neutron creates all or none). After a lost
 * answer, a network is found by name and description among the project's networks that no
 * step has claimed; the executor never runs two batches with a name in common, so two
 * steps cannot race for one network.
 */
final class NetworkPerformer implements Performer {

	@Override
	public Map<String, StepOutcome> perform(List<Step> steps, Destination destination) {
		List<Network> specs = steps.stream().map((step) -> {
			Attributes attributes = destination.attributes(step);
			return new Network(null, attributes.string("name"), attributes.string("description"), null, null, null,
					null, attributes.integer("mtu"), attributes.bool("port_security_enabled"), null, null, null, null,
					null);
		}).toList();
		List<Network> made = destination.networking().networks().createAll(specs);
		destination.claim(made.stream().map(Network::id).toList());
		Map<String, StepOutcome> outcomes = new LinkedHashMap<>();
		for (int i = 0; i < steps.size(); i++) {
			outcomes.put(steps.get(i).key(), StepOutcome.created(made.get(i).id()));
		}
		return outcomes;
	}

	@Override
	public Map<String, StepOutcome> find(List<Step> steps, Destination destination) {
		List<Network> networks = destination.networking().networks().list();
		Map<String, StepOutcome> outcomes = new LinkedHashMap<>();
		for (Step step : steps) {
			Attributes attributes = destination.attributes(step);
			destination
				.claimFirst(networks, Network::id,
						(network) -> Objects.equals(network.name(), attributes.string("name")) && Objects.equals(
								Texts.orEmpty(network.description()), Texts.orEmpty(attributes.string("description"))))
				.ifPresent((network) -> outcomes.put(step.key(), StepOutcome.created(network.id())));
		}
		return outcomes;
	}

}
