package io.stackshift.identity;

import java.time.Instant;

import io.stackshift.system.Identifiable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A role held by a user on exactly one organisation or project, possibly until a given
 * time.
 */
@Entity
@Table(name = "role_grants")
public class RoleGrant extends Identifiable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private User user;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "role_id")
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	@Column(nullable = false, updatable = false)
	private Instant created = Instant.now();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "created_by_id")
	private User createdBy;

	private Instant expirationTime;

	protected RoleGrant() {
	}

	static RoleGrant onCustomer(User user, Role role, Customer customer, User createdBy, Instant expirationTime) {
		RoleGrant grant = new RoleGrant();
		grant.user = user;
		grant.role = role;
		grant.customer = customer;
		grant.createdBy = createdBy;
		grant.expirationTime = expirationTime;
		return grant;
	}

	static RoleGrant onProject(User user, Role role, Project project, User createdBy, Instant expirationTime) {
		RoleGrant grant = onCustomer(user, role, null, createdBy, expirationTime);
		grant.project = project;
		return grant;
	}

	public User getUser() {
		return this.user;
	}

	public Role getRole() {
		return this.role;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public Project getProject() {
		return this.project;
	}

	public Instant getCreated() {
		return this.created;
	}

	public User getCreatedBy() {
		return this.createdBy;
	}

	public Instant getExpirationTime() {
		return this.expirationTime;
	}

	void setExpirationTime(Instant expirationTime) {
		this.expirationTime = expirationTime;
	}

}
