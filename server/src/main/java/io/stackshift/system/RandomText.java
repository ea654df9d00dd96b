package io.stackshift.system;

import java.security.SecureRandom;

/**
 * Random text people may have to read or type: letters and digits without look-alikes (i,
 * l, o, I, O, 0, 1), as Waldur generates passwords.
 */
public final class RandomText {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomText() {
	}

	public static String of(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

}
