package io.stackshift.openstack.client;

import java.time.Duration;
import java.time.Instant;

/**
 * A Keystone token scoped to a project, with the catalog it came with. The token value
 * never appears in {@link #toString()}.
 */
record Token(String value, Instant expiresAt, String userId, String projectId, String projectDomainId,
		ServiceCatalog catalog) {

	/** Whether the token is still good for a call that may take {@code margin}. */
	boolean usableAt(Instant now, Duration margin) {
		return now.plus(margin).isBefore(this.expiresAt);
	}

	@Override
	public String toString() {
		return "Token[user=" + this.userId + ", project=" + this.projectId + ", expiresAt=" + this.expiresAt + "]";
	}

}
