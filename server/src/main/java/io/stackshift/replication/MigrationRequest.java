package io.stackshift.replication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * A create or preview request as the client sends it, in Waldur's field names. References
 * are kept as text, so that an unknown or malformed one is answered in Waldur's words
 * ("Object with uuid=... does not exist.").
 *
 * @param srcResource the marketplace resource of the source tenant
 * @param dstOffering the offering of the destination cloud
 * @param dstPlan the plan of that offering
 * @param name the destination's name, or {@code null} for the source's
 * @param description the destination's description, or {@code null} for the source's
 * @param mappings what to change or restrict, or {@code null} for nothing
 */
public record MigrationRequest(@Size(max = 300) String srcResource, @Size(max = 300) String dstOffering,
		@Size(max = 300) String dstPlan, @Size(max = 150) String name, @Size(max = 2000) String description,
		@Valid RequestedMappings mappings) {

	public MigrationRequest {
		mappings = (mappings != null) ? mappings : new RequestedMappings(null, null, null, null, null);
	}

	/**
	 * The mappings as sent.
	 *
	 * @param volumeTypes pairs of volume types (our UUIDs of the clouds' volume types)
	 * @param subnets CIDR moves
	 * @param networks the UUIDs of the source networks to migrate; empty: all
	 * @param skipConnectionExtnet leave routers without external gateway
	 * @param syncInstancePorts also create instance and free VIP ports
	 */
	public record RequestedMappings(@Size(max = 1000) List<VolumeTypes> volumeTypes,
			@Size(max = 1000) List<Subnets> subnets, @Size(max = 1000) List<UUID> networks,
			Boolean skipConnectionExtnet, Boolean syncInstancePorts) {

		public RequestedMappings {
			volumeTypes = (volumeTypes != null) ? new ArrayList<>(volumeTypes) : List.of();
			subnets = (subnets != null) ? new ArrayList<>(subnets) : List.of();
			networks = (networks != null) ? new ArrayList<>(networks) : List.of();
			skipConnectionExtnet = Boolean.TRUE.equals(skipConnectionExtnet);
			syncInstancePorts = Boolean.TRUE.equals(syncInstancePorts);
		}

		/**
		 * What is stored with the migration and shown back: everything asked, the network
		 * selection included (the original lost it, B7).
		 */
		public Map<String, Object> stored() {
			Map<String, Object> stored = new LinkedHashMap<>();
			stored.put("volume_types",
					this.volumeTypes.stream()
						.map((pair) -> Map.of("src_type_uuid", String.valueOf(pair.srcTypeUuid()), "dst_type_uuid",
								String.valueOf(pair.dstTypeUuid())))
						.toList());
			stored.put("subnets",
					this.subnets.stream()
						.map((pair) -> Map.of("src_cidr", String.valueOf(pair.srcCidr()), "dst_cidr",
								String.valueOf(pair.dstCidr())))
						.toList());
			stored.put("networks", this.networks.stream().map(UUID::toString).toList());
			stored.put("skip_connection_extnet", this.skipConnectionExtnet);
			stored.put("sync_instance_ports", this.syncInstancePorts);
			return stored;
		}

	}

	/** A volume type of the source mapped to one of the destination. */
	public record VolumeTypes(UUID srcTypeUuid, UUID dstTypeUuid) {
	}

	/** A subnet moved to another CIDR. */
	public record Subnets(@Size(max = 64) String srcCidr, @Size(max = 64) String dstCidr) {
	}

}
