package io.stackshift.system;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A stored object whose life the API shows ({@code created}, {@code modified}) and which
 * concurrent requests change: the version makes the second of two racing writes fail
 * instead of silently overwriting the first.
 */
@MappedSuperclass
public abstract class Tracked extends Identifiable {

	@Column(nullable = false, updatable = false)
	private Instant created = Instant.now();

	@Column(nullable = false)
	private Instant modified = Instant.now();

	@Version
	private long version;

	public Instant getCreated() {
		return this.created;
	}

	public Instant getModified() {
		return this.modified;
	}

	/** Records a change now. */
	protected void touch() {
		this.modified = Instant.now();
	}

	/** For records of something that happened earlier (an import, a migration). */
	protected void backdate(Instant at) {
		this.created = at;
		this.modified = at;
	}

}
