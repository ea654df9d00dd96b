package io.stackshift.system;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A stored object: an internal numeric key, and the UUID the API shows. Two objects are
 * equal when their UUIDs are, which holds before and after they are saved.
 */
@MappedSuperclass
public abstract class Identifiable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false, unique = true)
	private UUID uuid = UUID.randomUUID();

	public Long getId() {
		return this.id;
	}

	public UUID getUuid() {
		return this.uuid;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other != null && getClass() == other.getClass()
				&& Objects.equals(this.uuid, ((Identifiable) other).uuid));
	}

	@Override
	public int hashCode() {
		return this.uuid.hashCode();
	}

}
