package io.stackshift.identity;

import java.time.Instant;

import io.stackshift.system.Identifiable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A project of an organisation: resources (tenants) live in projects. */
@Entity
@Table(name = "projects")
public class Project extends Identifiable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description = "";

	@Column(nullable = false, updatable = false)
	private Instant created = Instant.now();

	@Version
	private long version;

	protected Project() {
	}

	public Project(Customer customer, String name) {
		this.customer = customer;
		this.name = name;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = (description != null) ? description : "";
	}

	public Instant getCreated() {
		return this.created;
	}

}
