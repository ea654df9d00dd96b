package io.stackshift.openstack.client;

import java.time.Duration;
import java.time.Instant;

/**
 * A Keystone token scoped to a project, with the catalog it came with. The token value
 * never appears in {@link #toString()}.
 */
record Token(String value, Instant issuedAt, Instant expiresAt, String userId, String projectId, String projectDomainId,
		ServiceCatalog catalog) {

	// Calls in flight must not outlive the token they carry.
	private static final Duration EXPIRY_MARGIN = Duration.ofMinutes(5);

	/**
	 * Whether to use the token for a call starting now: not within five minutes of its
	 * expiry, or a tenth of its lifetime for clouds that issue short-lived tokens.
	 */
	boolean usableAt(Instant now) {
		Duration lifetime = Duration.between(this.issuedAt, this.expiresAt);
		Duration margin = (lifetime.dividedBy(10).compareTo(EXPIRY_MARGIN) < 0) ? lifetime.dividedBy(10)
				: EXPIRY_MARGIN;
		return now.plus(margin).isBefore(this.expiresAt);
	}

	@Override
	public String toString() {
		return "Token[user=" + this.userId + ", project=" + this.projectId + ", expiresAt=" + this.expiresAt + "]";
	}

}
