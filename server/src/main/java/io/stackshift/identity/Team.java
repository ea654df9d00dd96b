package io.stackshift.identity;

import java.time.Instant;
import java.util.List;

import io.stackshift.system.web.Conflict;
import io.stackshift.system.web.InvalidInput;
import io.stackshift.system.web.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Grants and revokes roles on organisations and projects, checking who may do so. */
@Service
@Transactional
public class Team {

	private final RoleGrants grants;

	private final Roles roles;

	private final Users users;

	private final Permissions permissions;

	public Team(RoleGrants grants, Roles roles, Users users, Permissions permissions) {
		this.grants = grants;
		this.roles = roles;
		this.users = users;
		this.permissions = permissions;
	}

	public RoleGrant grant(Caller caller, Customer customer, User user, String roleName, Instant expiration) {
		this.permissions.require(caller, Permission.CUSTOMER_CREATE_PERMISSION, customer);
		Role role = role(roleName, Role.ScopeType.customer);
		checkExpiration(expiration);
		RoleGrant grant = this.grants.findByUserAndRoleAndCustomer(user, role, customer).orElse(null);
		if (grant != null) {
			return renew(grant, expiration);
		}
		return this.grants.save(RoleGrant.onCustomer(user, role, customer, creator(caller), expiration));
	}

	public RoleGrant grant(Caller caller, Project project, User user, String roleName, Instant expiration) {
		this.permissions.require(caller, Permission.PROJECT_CREATE_PERMISSION, project);
		Role role = role(roleName, Role.ScopeType.project);
		checkExpiration(expiration);
		RoleGrant grant = this.grants.findByUserAndRoleAndProject(user, role, project).orElse(null);
		if (grant != null) {
			return renew(grant, expiration);
		}
		return this.grants.save(RoleGrant.onProject(user, role, project, creator(caller), expiration));
	}

	public void revoke(Caller caller, Customer customer, User user, String roleName) {
		this.permissions.require(caller, Permission.CUSTOMER_CREATE_PERMISSION, customer);
		Role role = role(roleName, Role.ScopeType.customer);
		RoleGrant grant = this.grants.findByUserAndRoleAndCustomer(user, role, customer)
			.orElseThrow(() -> InvalidInput.nonField("The user does not hold role " + roleName + " here."));
		if (Role.CUSTOMER_OWNER.equals(roleName) && caller.id() == user.getId() && !caller.staff()) {
			throw new Conflict("Owners cannot revoke their own ownership; ask another owner or staff.");
		}
		this.grants.delete(grant);
	}

	public void revoke(Caller caller, Project project, User user, String roleName) {
		this.permissions.require(caller, Permission.PROJECT_CREATE_PERMISSION, project);
		Role role = role(roleName, Role.ScopeType.project);
		RoleGrant grant = this.grants.findByUserAndRoleAndProject(user, role, project)
			.orElseThrow(() -> InvalidInput.nonField("The user does not hold role " + roleName + " here."));
		this.grants.delete(grant);
	}

	@Transactional(readOnly = true)
	public List<RoleGrant> members(Customer customer) {
		return this.grants.findLiveOnCustomer(customer);
	}

	@Transactional(readOnly = true)
	public List<RoleGrant> members(Project project) {
		return this.grants.findLiveOnProject(project);
	}

	private RoleGrant renew(RoleGrant grant, Instant expiration) {
		grant.setExpirationTime(expiration);
		return grant;
	}

	private Role role(String name, Role.ScopeType scope) {
		if (name == null || name.isBlank()) {
			throw InvalidInput.field("role", "This field is required.");
		}
		Role role = this.roles.findByName(name)
			.orElseThrow(() -> InvalidInput.field("role", "\"" + name + "\" is not a valid choice."));
		if (role.getScopeType() != scope) {
			throw InvalidInput.field("role", "Role " + name + " cannot be granted on a " + scope + ".");
		}
		return role;
	}

	private static void checkExpiration(Instant expiration) {
		if (expiration != null && expiration.isBefore(Instant.now())) {
			throw InvalidInput.field("expiration_time", "Expiration time should be in the future.");
		}
	}

	private User creator(Caller caller) {
		return this.users.findById(caller.id()).orElseThrow(NotFound::new);
	}

}
