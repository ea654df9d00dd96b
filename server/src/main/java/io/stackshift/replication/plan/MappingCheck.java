package io.stackshift.replication.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import inet.ipaddr.IPAddress;
import io.stackshift.replication.snapshot.NetworkSnapshot;
import io.stackshift.replication.snapshot.QuotaSnapshot;
import io.stackshift.replication.snapshot.Snapshot;
import io.stackshift.replication.snapshot.SubnetSnapshot;
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
			check.reject("src_resource", "Source resource does not have limits set.");
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
	 * Checks of {@code mappings.subnets}.
	 */
	private record SubnetMappingCheck(Scope scope, DestinationFacts destination, Rejection rejection) {

		void check(List<Mappings.SubnetPair> pairs) {
			Set<String> sources = new HashSet<>();
			List<String> destinations = new ArrayList<>();
			for (int i = 0; i < pairs.size(); i++) {
				String field = "mappings.subnets[" + i + "]";
				Mappings.SubnetPair pair = pairs.get(i);
				Optional<IPAddress> source = Cidrs.block(pair.srcCidr());
				Optional<IPAddress> target = Cidrs.block(pair.dstCidr());
				source.ifPresentOrElse((cidr) -> checkSource(field, cidr, sources),
						() -> this.rejection.reject(field + ".src_cidr", notCidr(pair.srcCidr())));
				if (target.isEmpty()) {
					this.rejection.reject(field + ".dst_cidr", notCidr(pair.dstCidr()));
					continue;
				}
				checkDestination(field + ".dst_cidr", target.get(), source, pairs, destinations);
				destinations.add(target.get().toCanonicalString());
			}
		}

		private void checkSource(String field, IPAddress cidr, Set<String> sources) {
			String canonical = cidr.toCanonicalString();
			if (this.scope.subnets().stream().noneMatch((subnet) -> canonical.equals(cidrOf(subnet)))) {
				this.rejection.reject(field + ".src_cidr", canonical + " is not the CIDR of a subnet being migrated.");
			}
			else if (!sources.add(canonical)) {
				this.rejection.reject(field + ".src_cidr", canonical + " is mapped more than once.");
			}
		}

		private void checkDestination(String field, IPAddress target, Optional<IPAddress> source,
				List<Mappings.SubnetPair> pairs, List<String> earlier) {
			String cidr = target.toCanonicalString();
			if (!Cidrs.isPrivate(target)) {
				this.rejection.reject(field, cidr
						+ " is not a private network CIDR (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or fc00::/7).");
				return;
			}
			if (source.isPresent() && (source.get().getIPVersion() != target.getIPVersion()
					|| !source.get().getNetworkPrefixLength().equals(target.getNetworkPrefixLength()))) {
				this.rejection.reject(field, cidr + " must have the same IP version and prefix length as "
						+ source.get().toCanonicalString() + ".");
				return;
			}
			for (int j = 0; j < earlier.size(); j++) {
				if (Cidrs.overlap(cidr, earlier.get(j))) {
					this.rejection.reject(field,
							cidr + " overlaps mappings.subnets[" + j + "].dst_cidr (" + earlier.get(j) + ").");
					return;
				}
			}
			for (SubnetSnapshot subnet : this.scope.subnets()) {
				boolean mapped = pairs.stream()
					.anyMatch((pair) -> cidrOf(subnet).equals(Cidrs.canonical(pair.srcCidr()).orElse(null)));
				if (!mapped && Cidrs.overlap(cidr, subnet.cidr())) {
					this.rejection.reject(field, cidr + " overlaps subnet " + subnet.id() + " (" + subnet.cidr()
							+ "), which is migrated without a mapping and keeps its CIDR.");
					return;
				}
			}
			for (String external : this.destination.externalSubnetCidrs()) {
				if (Cidrs.overlap(cidr, external)) {
					this.rejection.reject(field,
							cidr + " overlaps " + external + " of the destination's external network.");
					return;
				}
			}
		}

		private static String cidrOf(SubnetSnapshot subnet) {
			return Cidrs.canonical(subnet.cidr()).orElse(subnet.cidr());
		}

		private static String notCidr(String value) {
			return "'" + value + "' is not a network CIDR such as 10.0.1.0/24 or fd00:1::/64.";
		}

	}

	/**
	 * Where rejections go.
	 */
	@FunctionalInterface
	private interface Rejection {

		void reject(String field, String message);

	}

}
