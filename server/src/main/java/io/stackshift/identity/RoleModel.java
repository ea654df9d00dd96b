package io.stackshift.identity;

import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes which permissions a role carries. */
@Service
@Transactional
public class RoleModel {

	private final Roles roles;

	public RoleModel(Roles roles) {
		this.roles = roles;
	}

	public Role replacePermissions(Role role, Set<Permission> permissions) {
		role.replacePermissions(permissions);
		return this.roles.save(role);
	}

}
