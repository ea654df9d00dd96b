package io.stackshift.replication;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.stackshift.openstack.Cloud;
import io.stackshift.openstack.CloudCatalogue;
import io.stackshift.openstack.CloudClients;
import io.stackshift.openstack.CloudVolumeTypes;
import io.stackshift.openstack.client.Subnet;
import io.stackshift.replication.plan.DestinationFacts;
import io.stackshift.replication.snapshot.VolumeTypeSnapshot;

import org.springframework.stereotype.Component;

/**
 * What the planner needs to know of the destination cloud: its volume types from the
 * stored catalogue, its default external network, and that network's subnets read from
 * the cloud (no migrated subnet may overlap them); and whether a project name is free.
 * Reads only; nothing is created.
 */
@Component
class DestinationReader {

	private final CloudCatalogue catalogue;

	private final CloudVolumeTypes volumeTypes;

	private final CloudClients clients;

	DestinationReader(CloudCatalogue catalogue, CloudVolumeTypes volumeTypes, CloudClients clients) {
		this.catalogue = catalogue;
		this.volumeTypes = volumeTypes;
		this.clients = clients;
	}

	DestinationFacts read(Cloud cloud) {
		Optional<String> external = this.catalogue.defaultExternalNetwork(cloud);
		List<String> cidrs = external
			.map((id) -> this.clients.forCloud(cloud)
				.networking()
				.subnets()
				.list(Map.of("network_id", id))
				.stream()
				.map(Subnet::cidr)
				.sorted()
				.toList())
			.orElse(List.of());
		List<VolumeTypeSnapshot> types = this.volumeTypes.findByCloud(cloud)
			.stream()
			.map((type) -> new VolumeTypeSnapshot(type.getBackendId(), type.getName()))
			.sorted(Comparator.comparing(VolumeTypeSnapshot::id))
			.toList();
		return new DestinationFacts(external.orElse(null), cidrs, null, types);
	}

	/**
	 * Whether the domain the migration's project would be created in already has a
	 * project of that name: Keystone would refuse the run's first step.
	 */
	boolean projectNameTaken(Cloud cloud, String name) {
		var client = this.clients.forCloud(cloud);
		return !client.identity().listProjects(Map.of("name", name, "domain_id", client.projectDomainId())).isEmpty();
	}

}
