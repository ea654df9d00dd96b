package io.stackshift.replication.plan;

import java.util.Optional;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/**
 * Parsing and classifying CIDRs.
 */
final class Cidrs {

	private static final IPAddress[] PRIVATE = { address("10.0.0.0/8"), address("172.16.0.0/12"),
			address("192.168.0.0/16"), address("fc00::/7") };

	private Cidrs() {
	}

	/**
	 * A strict network CIDR ({@code 10.0.1.0/24}, not {@code 10.0.1.5/24}).
	 * @param cidr the text
	 * @return the block, or empty when the text is not a strict network CIDR
	 */
	static Optional<IPAddress> block(String cidr) {
		if (cidr == null || !cidr.contains("/")) {
			return Optional.empty();
		}
		IPAddress address = new IPAddressString(cidr.trim()).getAddress();
		if (address == null || address.getNetworkPrefixLength() == null || !address.isSinglePrefixBlock()) {
			return Optional.empty();
		}
		return Optional.of(address);
	}

	static Optional<String> canonical(String cidr) {
		return block(cidr).map(IPAddress::toCanonicalString);
	}

	static boolean isPrivate(IPAddress block) {
		for (IPAddress range : PRIVATE) {
			if (range.getIPVersion() == block.getIPVersion() && range.contains(block)) {
				return true;
			}
		}
		return false;
	}

	private static IPAddress address(String text) {
		return new IPAddressString(text).getAddress();
	}

}
