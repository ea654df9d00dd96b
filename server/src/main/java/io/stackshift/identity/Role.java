package io.stackshift.identity;

import java.util.Set;
import java.util.TreeSet;

import io.stackshift.system.Identifiable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A named role held on an organisation or a project, and the permissions it carries. */
@Entity
@Table(name = "roles")
public class Role extends Identifiable {

	public static final String CUSTOMER_OWNER = "CUSTOMER.OWNER";

	public static final String PROJECT_ADMIN = "PROJECT.ADMIN";

	public static final String PROJECT_MANAGER = "PROJECT.MANAGER";

	public static final String PROJECT_MEMBER = "PROJECT.MEMBER";

	/** Whether the role is held on an organisation or on a project. */
	public enum ScopeType {

		customer, project

	}

	@Column(nullable = false, unique = true)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ScopeType scopeType;

	@Column(nullable = false)
	private String description = "";

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "role_permissions", joinColumns = @JoinColumn(name = "role_id"))
	@Column(name = "permission")
	private Set<String> permissions = new TreeSet<>();

	protected Role() {
	}

	public String getName() {
		return this.name;
	}

	public ScopeType getScopeType() {
		return this.scopeType;
	}

	public String getDescription() {
		return this.description;
	}

	public Set<String> getPermissions() {
		return new TreeSet<>(this.permissions);
	}

	void replacePermissions(Set<Permission> permissions) {
		this.permissions.clear();
		permissions.forEach((permission) -> this.permissions.add(permission.code()));
	}

}
