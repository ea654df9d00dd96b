package io.stackshift.identity;

import java.time.Instant;

import io.stackshift.system.Identifiable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation: it owns projects and, as a service provider, offerings. */
@Entity
@Table(name = "customers")
public class Customer extends Identifiable {

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String abbreviation = "";

	@Column(nullable = false)
	private String email = "";

	@Column(nullable = false, updatable = false)
	private Instant created = Instant.now();

	@Version
	private long version;

	protected Customer() {
	}

	public Customer(String name) {
		this.name = name;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAbbreviation() {
		return this.abbreviation;
	}

	public void setAbbreviation(String abbreviation) {
		this.abbreviation = (abbreviation != null) ? abbreviation : "";
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email : "";
	}

	public Instant getCreated() {
		return this.created;
	}

}
