package io.stackshift.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import io.stackshift.system.web.InvalidInput;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues API tokens for a username and password, and recognises them on later requests. A
 * token stops working after it has been idle for the configured time, or when revoked.
 */
@Service
@Transactional
public class Tokens {

	/**
	 * Writing {@code last_used} on every request would turn reads into writes; once a
	 * minute is enough.
	 */
	private static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

	static final String WRONG_CREDENTIALS = "Unable to log in with provided credentials.";

	private final AuthTokens tokens;

	private final Users users;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final Duration idleTimeout;

	private final Clock clock = Clock.systemUTC();

	private final SecureRandom random = new SecureRandom();

	/**
	 * Compared against when the username is unknown, so both cases take the same time.
	 */
	private final String decoyHash;

	Tokens(AuthTokens tokens, Users users, PasswordEncoder passwords, LoginThrottle throttle,
			@Value("${stackshift.auth.token-idle-timeout:1h}") Duration idleTimeout) {
		this.tokens = tokens;
		this.users = users;
		this.passwords = passwords;
		this.throttle = throttle;
		this.idleTimeout = idleTimeout;
		this.decoyHash = passwords.encode("decoy-password-for-timing");
	}

	/** Returns a new token key; the key is shown once and never stored. */
	public String issue(String username, String password) {
		Duration wait = this.throttle.waitBeforeAttempt(username);
		if (!wait.isZero()) {
			throw new TooManyAttempts(wait);
		}
		Optional<User> user = this.users.findByUsername(username);
		String hash = user.map(User::getPasswordHash).orElse(null);
		boolean matches = this.passwords.matches(password, (hash != null) ? hash : this.decoyHash) && hash != null;
		if (!matches || !user.get().isActive()) {
			this.throttle.failed(username);
			throw InvalidInput.nonField(WRONG_CREDENTIALS);
		}
		this.throttle.succeeded(username);
		byte[] bytes = new byte[20];
		this.random.nextBytes(bytes);
		String key = HexFormat.of().formatHex(bytes);
		this.tokens.save(new AuthToken(user.get(), digest(key), this.clock.instant()));
		return key;
	}

	/** The caller a token key belongs to, if the key is live and its user active. */
	public Optional<Caller> authenticate(String key) {
		Optional<AuthToken> found = this.tokens.findByDigest(digest(key));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		AuthToken token = found.get();
		Instant now = this.clock.instant();
		if (token.getLastUsed().plus(this.idleTimeout).isBefore(now)) {
			this.tokens.delete(token);
			return Optional.empty();
		}
		if (!token.getUser().isActive()) {
			return Optional.empty();
		}
		if (token.getLastUsed().plus(TOUCH_GRANULARITY).isBefore(now)) {
			token.touch(now);
		}
		return Optional.of(Caller.of(token.getUser()));
	}

	public void revoke(String key) {
		this.tokens.deleteByDigest(digest(key));
	}

	public void revokeAll(User user) {
		this.tokens.deleteByUser(user);
	}

	private static String digest(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
