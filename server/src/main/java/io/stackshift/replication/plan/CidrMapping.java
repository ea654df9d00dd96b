package io.stackshift.replication.plan;

import java.util.Optional;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/**
 * Moves a source subnet's addresses into a destination CIDR of the same size, keeping
 * each address's host part: under {@code 10.0.1.0/24 -> 192.168.1.0/24},
 * {@code 10.0.1.23} becomes {@code 192.168.1.23} and {@code 10.0.1.128/25} becomes
 * {@code 192.168.1.128/25}. Works for IPv4 and IPv6. Addresses outside the source are not
 * translated. An identity mapping (source equals destination) is how unmapped subnets are
 * treated.
 *
 * @param source the source CIDR, canonical
 * @param destination the destination CIDR, canonical
 */
public record CidrMapping(String source, String destination) {

	public CidrMapping {
		IPAddress from = block(source);
		IPAddress to = block(destination);
		if (from.getIPVersion() != to.getIPVersion()
				|| !from.getNetworkPrefixLength().equals(to.getNetworkPrefixLength())) {
			throw new IllegalArgumentException(source + " and " + destination + " differ in size or IP version");
		}
		source = from.toCanonicalString();
		destination = to.toCanonicalString();
	}

	private static IPAddress block(String cidr) {
		return Cidrs.block(cidr).orElseThrow(() -> new IllegalArgumentException("Not a network CIDR: " + cidr));
	}

	public static CidrMapping identity(String cidr) {
		return new CidrMapping(cidr, cidr);
	}

	public boolean contains(String addressOrPrefix) {
		return parse(addressOrPrefix).filter((address) -> sourceBlock().contains(address)).isPresent();
	}

	/**
	 * Translates an address ({@code 10.0.1.23}) or a prefix ({@code 10.0.1.128/25}) that
	 * lies inside the source CIDR.
	 * @param addressOrPrefix what to translate
	 * @return the translation, or empty when it does not lie inside the source
	 */
	public Optional<String> translate(String addressOrPrefix) {
		return parse(addressOrPrefix).flatMap((address) -> move(address, sourceBlock(), destinationBlock()));
	}

	/**
	 * The arithmetic: the host part of {@code address} under {@code from}, put under
	 * {@code to}; prefixes keep their length.
	 */
	static Optional<String> move(IPAddress address, IPAddress from, IPAddress to) {
		if (!from.contains(address)) {
			return Optional.empty();
		}
		IPAddress host = address.getLower().withoutPrefixLength().mask(from.getHostMask());
		IPAddress translated = to.getLower().withoutPrefixLength().bitwiseOr(host);
		Integer length = address.getNetworkPrefixLength();
		if (length != null) {
			translated = translated.toPrefixBlock(length);
		}
		return Optional.of(translated.toCanonicalString());
	}

	IPAddress sourceBlock() {
		return Cidrs.block(this.source).orElseThrow();
	}

	IPAddress destinationBlock() {
		return Cidrs.block(this.destination).orElseThrow();
	}

	/**
	 * Parses an address or prefix; a prefix written with host bits set
	 * ({@code 10.0.1.23/25}) means its network ({@code 10.0.1.0/25}), as Neutron reads
	 * it.
	 */
	static Optional<IPAddress> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		IPAddress address = new IPAddressString(text.trim()).getAddress();
		if (address != null && address.getNetworkPrefixLength() != null && !address.isSinglePrefixBlock()) {
			address = address.toPrefixBlock();
		}
		return Optional.ofNullable(address);
	}

}
