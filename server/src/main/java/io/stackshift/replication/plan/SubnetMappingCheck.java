package io.stackshift.replication.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import inet.ipaddr.IPAddress;
import io.stackshift.replication.snapshot.SubnetSnapshot;

/**
 * Checks of {@code mappings.subnets}: each source is the CIDR of a migrated subnet,
 * mapped once; each destination is a private CIDR of the source's size that overlaps
 * neither another destination, nor a migrated subnet that keeps its CIDR, nor the
 * destination's external network. CIDRs are parsed once: tenants with hundreds of subnets
 * are checked on every request.
 */
final class SubnetMappingCheck {

	private final List<SubnetSnapshot> subnets;

	private final List<IPAddress> external;

	private final MappingCheck.Rejection rejection;

	SubnetMappingCheck(Scope scope, DestinationFacts destination, MappingCheck.Rejection rejection) {
		this.subnets = scope.subnets();
		this.external = destination.externalSubnetCidrs().stream().flatMap((c) -> Cidrs.block(c).stream()).toList();
		this.rejection = rejection;
	}

	void check(List<Mappings.SubnetPair> pairs) {
		Map<String, SubnetSnapshot> migrated = this.subnets.stream()
			.collect(Collectors.toMap(SubnetMappingCheck::cidrOf, (subnet) -> subnet, (one, other) -> one));
		Set<String> mappedSources = pairs.stream()
			.flatMap((pair) -> Cidrs.canonical(pair.srcCidr()).stream())
			.collect(Collectors.toSet());
		List<SubnetSnapshot> kept = this.subnets.stream()
			.filter((subnet) -> !mappedSources.contains(cidrOf(subnet)))
			.toList();
		Set<String> sources = new HashSet<>();
		List<IPAddress> destinations = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i++) {
			String field = "mappings.subnets[" + i + "]";
			Mappings.SubnetPair pair = pairs.get(i);
			Optional<IPAddress> source = Cidrs.block(pair.srcCidr());
			Optional<IPAddress> target = Cidrs.block(pair.dstCidr());
			if (source.isEmpty()) {
				this.rejection.reject(field + ".src_cidr", notCidr(pair.srcCidr()));
			}
			else if (!migrated.containsKey(source.get().toCanonicalString())) {
				this.rejection.reject(field + ".src_cidr",
						source.get().toCanonicalString() + " is not the CIDR of a subnet being migrated.");
			}
			else if (!sources.add(source.get().toCanonicalString())) {
				this.rejection.reject(field + ".src_cidr",
						source.get().toCanonicalString() + " is mapped more than once.");
			}
			if (target.isEmpty()) {
				this.rejection.reject(field + ".dst_cidr", notCidr(pair.dstCidr()));
				continue;
			}
			destination(field + ".dst_cidr", target.get(), source, kept, destinations)
				.ifPresent((message) -> this.rejection.reject(field + ".dst_cidr", message));
			destinations.add(target.get());
		}
	}

	private Optional<String> destination(String field, IPAddress target, Optional<IPAddress> source,
			List<SubnetSnapshot> kept, List<IPAddress> earlier) {
		String cidr = target.toCanonicalString();
		if (!Cidrs.isPrivate(target)) {
			return Optional
				.of(cidr + " is not a private network CIDR (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or fc00::/7).");
		}
		if (source.isPresent() && (source.get().getIPVersion() != target.getIPVersion()
				|| !source.get().getNetworkPrefixLength().equals(target.getNetworkPrefixLength()))) {
			return Optional.of(cidr + " must have the same IP version and prefix length as "
					+ source.get().toCanonicalString() + ".");
		}
		for (int j = 0; j < earlier.size(); j++) {
			if (overlap(target, earlier.get(j))) {
				return Optional.of(cidr + " overlaps mappings.subnets[" + j + "].dst_cidr ("
						+ earlier.get(j).toCanonicalString() + ").");
			}
		}
		for (SubnetSnapshot subnet : kept) {
			if (Cidrs.block(subnet.cidr()).filter((block) -> overlap(target, block)).isPresent()) {
				return Optional.of(cidr + " overlaps subnet " + subnet.id() + " (" + subnet.cidr()
						+ "), which is migrated without a mapping and keeps its CIDR.");
			}
		}
		for (IPAddress block : this.external) {
			if (overlap(target, block)) {
				return Optional
					.of(cidr + " overlaps " + block.toCanonicalString() + " of the destination's external network.");
			}
		}
		return Optional.empty();
	}

	private static boolean overlap(IPAddress one, IPAddress other) {
		return one.getIPVersion() == other.getIPVersion() && one.overlaps(other);
	}

	private static String cidrOf(SubnetSnapshot subnet) {
		return Cidrs.canonical(subnet.cidr()).orElse(subnet.cidr());
	}

	private static String notCidr(String value) {
		return "'" + value + "' is not a network CIDR such as 10.0.1.0/24 or fd00:1::/64.";
	}

}
