package io.stackshift.replication.plan;

import java.util.List;
import java.util.Optional;

/**
 * The address moves of one migration: one {@link CidrMapping} per migrated subnet (an
 * identity mapping when its CIDR is kept). Addresses outside every migrated subnet are
 * left as they are; prefixes that contain a migrated subnet rather than lie in one are
 * left too.
 */
final class AddressTranslation {

	private final List<CidrMapping> mappings;

	AddressTranslation(List<CidrMapping> mappings) {
		this.mappings = List.copyOf(mappings);
	}

	/**
	 * @param addressOrPrefix an address or prefix, or {@code null}
	 * @return its translation, or itself when no migrated subnet holds it
	 */
	String translate(String addressOrPrefix) {
		return mappingOf(addressOrPrefix).flatMap((mapping) -> mapping.translate(addressOrPrefix))
			.orElse(addressOrPrefix);
	}

	Optional<CidrMapping> mappingOf(String addressOrPrefix) {
		if (addressOrPrefix == null) {
			return Optional.empty();
		}
		return this.mappings.stream().filter((mapping) -> mapping.contains(addressOrPrefix)).findFirst();
	}

}
