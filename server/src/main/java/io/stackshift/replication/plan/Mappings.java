package io.stackshift.replication.plan;

import java.util.List;

/**
 * What the operator asked to change or restrict, in Waldur's field names.
 *
 * @param volumeTypes volume type pairs, identified by their Cinder ids on each cloud; the
 * source type's per-type quotas are carried to the destination type, summed when several
 * source types map to one
 * @param subnets subnet CIDR moves; a {@code src_cidr} must be the CIDR of a migrated
 * subnet, the destination a private CIDR of the same size
 * @param networks the OpenStack ids of the source networks to migrate; empty means all
 * @param skipConnectionExtnet leave routers without an external gateway (absent means
 * false; never {@code null} once constructed)
 * @param syncInstancePorts also create the instance ports and free VIP ports, with their
 * MAC and (translated) addresses
 */
public record Mappings(List<VolumeTypePair> volumeTypes, List<SubnetPair> subnets, List<String> networks,
		Boolean skipConnectionExtnet, Boolean syncInstancePorts) {

	/** No changes, everything migrated, routers connected, no ports. */
	public static final Mappings NONE = new Mappings(null, null, null, false, false);

	public Mappings {
		volumeTypes = (volumeTypes != null) ? List.copyOf(volumeTypes) : List.of();
		subnets = (subnets != null) ? List.copyOf(subnets) : List.of();
		networks = (networks != null) ? List.copyOf(networks) : List.of();
		skipConnectionExtnet = Boolean.TRUE.equals(skipConnectionExtnet);
		syncInstancePorts = Boolean.TRUE.equals(syncInstancePorts);
	}

	/**
	 * A volume type of the source mapped to one of the destination.
	 *
	 * @param srcTypeUuid the source type's Cinder id
	 * @param dstTypeUuid the destination type's Cinder id
	 */
	public record VolumeTypePair(String srcTypeUuid, String dstTypeUuid) {
	}

	/**
	 * A subnet CIDR move.
	 *
	 * @param srcCidr the source subnet's CIDR
	 * @param dstCidr the CIDR it gets in the destination
	 */
	public record SubnetPair(String srcCidr, String dstCidr) {
	}

}
