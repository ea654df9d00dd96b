package io.stackshift.emulator.neutron;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address as a number, parsed without ever resolving a host name.
 */
record Address(int version, BigInteger value) implements Comparable<Address> {

	private static final Pattern V4 = Pattern
		.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");

	private static final Pattern V6_CHARS = Pattern.compile("^[0-9a-fA-F:.]+$");

	/** The address, or null when the text is not a literal IPv4 or IPv6 address. */
	static Address parse(String text) {
		if (text == null) {
			return null;
		}
		boolean v4 = V4.matcher(text).matches();
		if (!v4 && !(text.contains(":") && V6_CHARS.matcher(text).matches())) {
			return null;
		}
		try {
			byte[] bytes = InetAddress.getByName(text).getAddress();
			return new Address((bytes.length == 4) ? 4 : 6, new BigInteger(1, bytes));
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	static int bits(int version) {
		return (version == 4) ? 32 : 128;
	}

	Address plus(long delta) {
		return new Address(this.version, this.value.add(BigInteger.valueOf(delta)));
	}

	@Override
	public int compareTo(Address other) {
		return this.value.compareTo(other.value);
	}

	@Override
	public String toString() {
		byte[] raw = this.value.toByteArray();
		int length = (this.version == 4) ? 4 : 16;
		byte[] bytes = new byte[length];
		int copy = Math.min(raw.length, length);
		System.arraycopy(raw, raw.length - copy, bytes, length - copy, copy);
		try {
			String text = InetAddress.getByAddress(bytes).getHostAddress();
			return (this.version == 4) ? text : compress(text);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The JDK prints IPv6 in full (0:0:...); Neutron prints the RFC 5952 short form. */
	private static String compress(String full) {
		String[] groups = full.split(":");
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < groups.length; i++) {
			int j = i;
			while (j < groups.length && groups[j].equals("0")) {
				j++;
			}
			if (j - i > bestLength) {
				bestStart = i;
				bestLength = j - i;
			}
		}
		if (bestStart < 0) {
			return full;
		}
		String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
		String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
		return head + "::" + tail;
	}

}
