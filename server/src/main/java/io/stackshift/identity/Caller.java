package io.stackshift.identity;

import java.util.UUID;

/**
 * The authenticated user of the current request, as every controller receives it (through
 * {@code @AuthenticationPrincipal}). A value, loaded once per request.
 */
public record Caller(long id, UUID uuid, String username, String fullName, boolean staff, boolean support) {

	static Caller of(User user) {
		return new Caller(user.getId(), user.getUuid(), user.getUsername(), user.getFullName(), user.isStaff(),
				user.isSupport());
	}

	/** Staff and support see everything; only staff may change what is not theirs. */
	public boolean seesEverything() {
		return this.staff || this.support;
	}

}
