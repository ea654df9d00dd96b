package io.stackshift.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An API token, known by the SHA-256 digest of its key only. */
@Entity
@Table(name = "auth_tokens")
class AuthToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "user_id")
	private User user;

	@Column(nullable = false, unique = true, updatable = false)
	private String digest;

	@Column(nullable = false, updatable = false)
	private Instant created;

	@Column(nullable = false)
	private Instant lastUsed;

	protected AuthToken() {
	}

	AuthToken(User user, String digest, Instant now) {
		this.user = user;
		this.digest = digest;
		this.created = now;
		this.lastUsed = now;
	}

	User getUser() {
		return this.user;
	}

	Instant getLastUsed() {
		return this.lastUsed;
	}

	void touch(Instant now) {
		this.lastUsed = now;
	}

}
