package io.stackshift.identity;

import java.time.Instant;

import io.stackshift.system.Identifiable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person or a robot account that calls the API. */
@Entity
@Table(name = "users")
public class User extends Identifiable {

	@Column(nullable = false, unique = true)
	private String username;

	@Column(nullable = false)
	private String fullName = "";

	@Column(nullable = false)
	private String email = "";

	@Column(name = "is_active", nullable = false)
	private boolean active = true;

	@Column(name = "is_staff", nullable = false)
	private boolean staff;

	@Column(name = "is_support", nullable = false)
	private boolean support;

	/**
	 * A Spring Security encoded hash ({@code {bcrypt}...}); null when password login is
	 * off.
	 */
	private String passwordHash;

	@Column(nullable = false, updatable = false)
	private Instant dateJoined = Instant.now();

	@Version
	private long version;

	protected User() {
	}

	public User(String username) {
		this.username = username;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = (fullName != null) ? fullName : "";
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email : "";
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public boolean isStaff() {
		return this.staff;
	}

	public void setStaff(boolean staff) {
		this.staff = staff;
	}

	public boolean isSupport() {
		return this.support;
	}

	public void setSupport(boolean support) {
		this.support = support;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public Instant getDateJoined() {
		return this.dateJoined;
	}

	@Override
	public String toString() {
		return "User[" + this.username + "]";
	}

}
