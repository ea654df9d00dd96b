package io.stackshift.replication.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.stackshift.replication.snapshot.NetworkSnapshot;
import io.stackshift.replication.snapshot.QuotaSnapshot;
import io.stackshift.replication.snapshot.Snapshot;
import io.stackshift.replication.snapshot.VolumeTypeSnapshot;

/**
 * Checks a request's name and mappings against the source snapshot and the destination,
 * reporting every problem with the path of the field at fault. Unlike the original it
 * rejects what it cannot honour instead of ignoring it: unknown networks (B8), CIDRs of
 * no migrated subnet, overlapping destinations, unknown volume types (B2, B4). Subnet
 * mappings may be combined with port sync, since port addresses are translated with their
 * subnet.
 */
public final class MappingCheck {

	private final Snapshot snapshot;

	private final DestinationFacts destination;

	private final List<FieldError> errors = new ArrayList<>();

	private MappingCheck(Snapshot snapshot, DestinationFacts destination) {
		this.snapshot = snapshot;
		this.destination = destination;
	}

	public static List<FieldError> check(Snapshot snapshot, Mappings mappings, DestinationFacts destination,
			TenantRequest request) {
		MappingCheck check = new MappingCheck(snapshot, destination);
		if (request != null && request.name() != null && request.name().isBlank()) {
			check.reject("name", "Ensure that name has at least one non-whitespace character.");
		}
		if (snapshot.quotas().equals(QuotaSnapshot.NONE)) {
			check.reject("non_field_errors", "Source resource does not have limits set.");
		}
		check.networks(mappings.networks());
		new SubnetMappingCheck(new Scope(snapshot, mappings), destination, check::reject).check(mappings.subnets());
		check.volumeTypes(mappings.volumeTypes());
		return List.copyOf(check.errors);
	}

	private void networks(List<String> ids) {
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			Optional<NetworkSnapshot> network = this.snapshot.network(id);
			if (network.isEmpty()) {
				reject("mappings.networks[" + i + "]", "Network " + id + " is not a network of the source tenant.");
			}
			else if (network.get().routerExternal()) {
				reject("mappings.networks[" + i + "]",
						"Network " + id + " is an external network and is not migrated.");
			}
		}
	}

	private void volumeTypes(List<Mappings.VolumeTypePair> pairs) {
		Set<String> sources = new HashSet<>();
		for (int i = 0; i < pairs.size(); i++) {
			String field = "mappings.volume_types[" + i + "]";
			Mappings.VolumeTypePair pair = pairs.get(i);
			if (!has(this.snapshot.volumeTypes(), pair.srcTypeUuid())) {
				reject(field + ".src_type_uuid",
						"Volume type " + pair.srcTypeUuid() + " is not available in the source tenant.");
			}
			else if (!sources.add(pair.srcTypeUuid())) {
				reject(field + ".src_type_uuid", "Volume type " + pair.srcTypeUuid() + " is mapped more than once.");
			}
			if (!has(this.destination.volumeTypes(), pair.dstTypeUuid())) {
				reject(field + ".dst_type_uuid",
						"Volume type " + pair.dstTypeUuid() + " is not available in the destination cloud.");
			}
		}
	}

	private static boolean has(List<VolumeTypeSnapshot> types, String id) {
		return types.stream().anyMatch((type) -> type.id().equals(id));
	}

	private void reject(String field, String message) {
		this.errors.add(new FieldError(field, message));
	}

	/**
	 * Where rejections go.
	 */
	@FunctionalInterface
	interface Rejection {

		void reject(String field, String message);

	}

}
