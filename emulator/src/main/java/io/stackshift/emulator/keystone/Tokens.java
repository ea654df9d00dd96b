package io.stackshift.emulator.keystone;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.stackshift.emulator.http.Caller;
import io.stackshift.emulator.http.TokenCheck;

/**
 * Issued tokens of one cloud. Kept outside the cloud's lock (a concurrent map) because
 * every call of every service checks its token.
 */
public final class Tokens implements TokenCheck {

	private final Map<String, IssuedToken> issued = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final Duration lifetime;

	private final Clock clock;

	public Tokens(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/**
	 * A token as Keystone issued it. {@code projectId} is null for an unscoped token.
	 */
	public record IssuedToken(String id, String userId, String userName, String domainId, String projectId,
			List<Identity.Role> roles, List<String> methods, Instant issuedAt, Instant expiresAt, String auditId) {

		Caller caller() {
			return new Caller(this.userId, this.userName, this.projectId,
					this.roles.stream().map(Identity.Role::name).collect(java.util.stream.Collectors.toSet()));
		}

	}

	public IssuedToken issue(Identity.User user, String projectId, List<Identity.Role> roles, List<String> methods) {
		Instant now = this.clock.instant();
		// Fernet-like: opaque, url-safe, starts with gAAAAA as real tokens do.
		String id = "gAAAAA" + randomText(140);
		IssuedToken token = new IssuedToken(id, user.id(), user.name(), user.domainId(), projectId, List.copyOf(roles),
				List.copyOf(methods), now, now.plus(this.lifetime), randomText(22));
		this.issued.put(id, token);
		return token;
	}

	/** The token if it is known and not expired, else null. */
	public IssuedToken find(String id) {
		IssuedToken token = this.issued.get(id);
		if (token == null) {
			return null;
		}
		if (!this.clock.instant().isBefore(token.expiresAt())) {
			this.issued.remove(id);
			return null;
		}
		return token;
	}

	public void revoke(String id) {
		this.issued.remove(id);
	}

	/**
	 * Forgets the tokens of a user, as Keystone does when the user is deleted or
	 * disabled.
	 */
	public void revokeUser(String userId) {
		this.issued.values().removeIf((token) -> token.userId().equals(userId));
	}

	@Override
	public Caller check(String token) {
		IssuedToken found = find(token);
		return (found != null && found.projectId() != null) ? found.caller() : null;
	}

	private String randomText(int length) {
		byte[] bytes = new byte[length];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, length);
	}

}
