package io.stackshift.openstack;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.Network;
import io.stackshift.openstack.client.VolumeType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a cloud offers every tenant: its volume types and external networks, read at
 * registration, at each check and at each tenant pull, and kept in step (gone types and
 * networks are removed).
 *
 * <p>
 * The default external network of a cloud is the one its settings name
 * ({@code external_network_id}); when they name none, it is the only external network, or
 * with several the first by name (then by id). That is a stable choice an operator can
 * predict, and one they override by setting {@code external_network_id}.
 */
@Service
public class CloudCatalogue {

	private final CloudVolumeTypes volumeTypes;

	private final CloudExternalNetworks externalNetworks;

	public CloudCatalogue(CloudVolumeTypes volumeTypes, CloudExternalNetworks externalNetworks) {
		this.volumeTypes = volumeTypes;
		this.externalNetworks = externalNetworks;
	}

	/**
	 * Reads the catalogue from the cloud (as its admin) and stores it, in the caller's
	 * transaction. Not transactional itself: a failed read must not mark the caller's
	 * transaction for rollback (a check records its failure).
	 */
	public void pull(Cloud cloud, CloudClient client) {
		List<VolumeType> types = client.blockStorage().listVolumeTypes();
		List<Network> external = client.networking().networks().list(Map.of("router:external", true));
		keepVolumeTypes(cloud, types);
		keepExternalNetworks(cloud, external);
		cloud.setCataloguePulled(Instant.now());
	}

	/** Stores the cloud's volume types as listed; returns them by OpenStack id. */
	@Transactional
	public Map<String, CloudVolumeType> keepVolumeTypes(Cloud cloud, List<VolumeType> listed) {
		Map<String, CloudVolumeType> stored = new HashMap<>();
		this.volumeTypes.findByCloud(cloud).forEach((type) -> stored.put(type.getBackendId(), type));
		Map<String, CloudVolumeType> kept = new HashMap<>();
		for (VolumeType type : listed) {
			CloudVolumeType entity = stored.remove(type.id());
			if (entity == null) {
				entity = new CloudVolumeType(cloud, type.id());
			}
			entity.read(type);
			kept.put(type.id(), this.volumeTypes.save(entity));
		}
		this.volumeTypes.deleteAll(stored.values());
		return kept;
	}

	private void keepExternalNetworks(Cloud cloud, List<Network> listed) {
		Map<String, CloudExternalNetwork> stored = new HashMap<>();
		this.externalNetworks.findByCloudOrderByNameAscBackendIdAsc(cloud)
			.forEach((network) -> stored.put(network.getBackendId(), network));
		for (Network network : listed) {
			CloudExternalNetwork entity = stored.remove(network.id());
			if (entity == null) {
				entity = new CloudExternalNetwork(cloud, network.id());
			}
			entity.read(network);
			this.externalNetworks.save(entity);
		}
		this.externalNetworks.deleteAll(stored.values());
	}

	@Transactional(readOnly = true)
	public List<CloudExternalNetwork> externalNetworks(Cloud cloud) {
		return this.externalNetworks.findByCloudOrderByNameAscBackendIdAsc(cloud);
	}

	/** The OpenStack id of the external network routers of new tenants connect to. */
	@Transactional(readOnly = true)
	public Optional<String> defaultExternalNetwork(Cloud cloud) {
		if (!cloud.getExternalNetworkId().isBlank()) {
			return Optional.of(cloud.getExternalNetworkId());
		}
		return externalNetworks(cloud).stream().findFirst().map(CloudExternalNetwork::getBackendId);
	}

}
