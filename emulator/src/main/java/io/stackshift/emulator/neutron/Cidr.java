package io.stackshift.emulator.neutron;

import java.math.BigInteger;

/**
 * A network prefix. {@link #parse} normalises host bits away, as Neutron does
 * ({@code 10.7.0.5/24} is stored as {@code 10.7.0.0/24}).
 */
record Cidr(int version, BigInteger network, int prefix) {

	/** The prefix, or null when the text is not in CIDR format. */
	static Cidr parse(String text) {
		if (text == null) {
			return null;
		}
		int slash = text.indexOf('/');
		Address address = Address.parse((slash < 0) ? text : text.substring(0, slash));
		if (address == null) {
			return null;
		}
		int bits = Address.bits(address.version());
		int prefix;
		try {
			prefix = (slash < 0) ? bits : Integer.parseInt(text.substring(slash + 1));
		}
		catch (NumberFormatException ex) {
			return null;
		}
		if (prefix < 0 || prefix > bits) {
			return null;
		}
		BigInteger mask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE).not();
		return new Cidr(address.version(), address.value().and(mask), prefix);
	}

	Address first() {
		return new Address(this.version, this.network);
	}

	Address last() {
		int hostBits = Address.bits(this.version) - this.prefix;
		return new Address(this.version, this.network.add(BigInteger.ONE.shiftLeft(hostBits)).subtract(BigInteger.ONE));
	}

	/** The first usable host: the one after the network address. */
	Address firstHost() {
		return (this.prefix >= Address.bits(this.version) - 1) ? first() : first().plus(1);
	}

	/** The last usable host: IPv4 keeps its broadcast address out, IPv6 has none. */
	Address lastHost() {
		return (this.version == 4 && this.prefix < 31) ? last().plus(-1) : last();
	}

	boolean contains(Address address) {
		return address != null && address.version() == this.version && first().compareTo(address) <= 0
				&& address.compareTo(last()) <= 0;
	}

	boolean overlaps(Cidr other) {
		return other.contains(first()) || contains(other.first());
	}

	@Override
	public String toString() {
		return first() + "/" + this.prefix;
	}

}
