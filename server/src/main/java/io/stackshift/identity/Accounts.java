package io.stackshift.identity;

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

	static final int MIN_PASSWORD_LENGTH = 8;

	private final Users users;

	private final PasswordEncoder passwords;

	private final Tokens tokens;

	public Accounts(Users users, PasswordEncoder passwords, Tokens tokens) {
		this.users = users;
		this.passwords = passwords;
		this.tokens = tokens;
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
