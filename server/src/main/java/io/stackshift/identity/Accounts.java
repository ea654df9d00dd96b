package io.stackshift.identity;

import java.security.SecureRandom;

import io.stackshift.system.web.InvalidInput;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates users and sets their passwords; the only code that sees a plaintext password.
 */
@Service
@Transactional
public class Accounts {

	/**
	 * Letters and digits without look-alikes (i, l, o, I, O, 0, 1), as Waldur generates
	 * them.
	 */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	static final int MIN_PASSWORD_LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Users users;

	private final PasswordEncoder passwords;

	private final Tokens tokens;

	public Accounts(Users users, PasswordEncoder passwords, Tokens tokens) {
		this.users = users;
		this.passwords = passwords;
		this.tokens = tokens;
	}

	public static String randomPassword(int length) {
		StringBuilder password = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	public User create(User user, String password) {
		if (this.users.existsByUsername(user.getUsername())) {
			throw InvalidInput.field("username", "A user with that username already exists.");
		}
		if (password != null) {
			user.setPasswordHash(this.passwords.encode(checked(password)));
		}
		return this.users.save(user);
	}

	/** Sets a new password and ends every session of the user. */
	public void changePassword(User user, String password) {
		user.setPasswordHash(this.passwords.encode(checked(password)));
		this.users.save(user);
		this.tokens.revokeAll(user);
	}

	private static String checked(String password) {
		if (password.length() < MIN_PASSWORD_LENGTH) {
			throw InvalidInput.field("password",
					"This password is too short. It must contain at least " + MIN_PASSWORD_LENGTH + " characters.");
		}
		if (password.length() > 128) {
			throw InvalidInput.field("password", "Ensure this field has no more than 128 characters.");
		}
		return password;
	}

}
