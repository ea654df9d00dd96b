package io.stackshift.identity;

import java.util.List;

import io.stackshift.system.web.NotFound;
import io.stackshift.system.web.PermissionDenied;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that answers "may this user do X on this scope". Staff may do everything.
 * Any other user may do X on a project when a live role held on the project, or on its
 * organisation, carries X; on an organisation when a role held there carries X.
 */
@Service
@Transactional(readOnly = true)
public class Permissions {

	private final RoleGrants grants;

	public Permissions(RoleGrants grants) {
		this.grants = grants;
	}

	public boolean has(Caller caller, Permission permission, Project project) {
		return caller.staff() || this.grants.grantsOnProject(caller.id(), permission.code(), project.getId(),
				project.getCustomer().getId());
	}

	public boolean has(Caller caller, Permission permission, Customer customer) {
		return caller.staff() || this.grants.grantsOnCustomer(caller.id(), permission.code(), customer.getId());
	}

	/**
	 * Whether the user sees the project: staff, support, or any role on it or its
	 * organisation.
	 */
	public boolean sees(Caller caller, Project project) {
		return caller.seesEverything()
				|| this.grants.connectedToProject(caller.id(), project.getId(), project.getCustomer().getId());
	}

	/**
	 * Whether the user sees the organisation: staff, support, or any role in it or its
	 * projects.
	 */
	public boolean sees(Caller caller, Customer customer) {
		return caller.seesEverything() || this.grants.connectedToCustomer(caller.id(), customer.getId());
	}

	/**
	 * Role names the user holds on the project or its organisation (for role-based
	 * rules).
	 */
	public List<String> rolesOn(Caller caller, Project project) {
		return this.grants.roleNamesOnProject(caller.id(), project.getId(), project.getCustomer().getId());
	}

	/** Role names the user holds on the organisation itself. */
	public List<String> rolesOnCustomer(Caller caller, Customer customer) {
		return this.grants.roleNamesOnCustomer(caller.id(), customer.getId());
	}

	/**
	 * 404 when the project is invisible, 403 when visible but the permission is missing.
	 */
	public void require(Caller caller, Permission permission, Project project) {
		if (!sees(caller, project)) {
			throw new NotFound();
		}
		if (!has(caller, permission, project)) {
			throw new PermissionDenied();
		}
	}

	public void require(Caller caller, Permission permission, Customer customer) {
		if (!sees(caller, customer)) {
			throw new NotFound();
		}
		if (!has(caller, permission, customer)) {
			throw new PermissionDenied();
		}
	}

	/**
	 * 403 when the permission is missing, for an object the caller already sees by
	 * another path (a shared offering, say), where a 404 would lie.
	 */
	public void demand(Caller caller, Permission permission, Customer customer) {
		if (!has(caller, permission, customer)) {
			throw new PermissionDenied();
		}
	}

	public void requireStaff(Caller caller) {
		if (!caller.staff()) {
			throw new PermissionDenied();
		}
	}

}
