package io.stackshift.replication.plan;

import java.util.List;
import java.util.Optional;

import inet.ipaddr.IPAddress;

/**
 * The address moves of one migration: one {@link CidrMapping} per migrated subnet (an
 * identity mapping when its CIDR is kept). Addresses outside every migrated subnet are
 * left as they are; prefixes that contain a migrated subnet rather than lie in one are
 * left too. Blocks are parsed once, since a large tenant translates thousands of
 * addresses.
 */
final class AddressTranslation {

	private final List<Move> moves;

	AddressTranslation(List<CidrMapping> mappings) {
		this.moves = mappings.stream()
			.map((mapping) -> new Move(mapping.sourceBlock(), mapping.destinationBlock()))
			.toList();
	}

	/**
	 * @param addressOrPrefix an address or prefix, or {@code null}
	 * @return its translation, or itself when no migrated subnet holds it
	 */
	String translate(String addressOrPrefix) {
		Optional<IPAddress> address = CidrMapping.parse(addressOrPrefix);
		if (address.isEmpty()) {
			return addressOrPrefix;
		}
		for (Move move : this.moves) {
			Optional<String> moved = CidrMapping.move(address.get(), move.from(), move.to());
			if (moved.isPresent()) {
				return moved.get();
			}
		}
		return addressOrPrefix;
	}

	private record Move(IPAddress from, IPAddress to) {
	}

}
