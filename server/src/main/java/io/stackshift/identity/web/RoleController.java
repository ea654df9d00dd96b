package io.stackshift.identity.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.stackshift.identity.Caller;
import io.stackshift.identity.Permission;
import io.stackshift.identity.Permissions;
import io.stackshift.identity.Role;
import io.stackshift.identity.RoleModel;
import io.stackshift.identity.Roles;
import io.stackshift.system.web.InvalidInput;
import io.stackshift.system.web.Links;
import io.stackshift.system.web.NotFound;
import io.stackshift.system.web.Uuids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/roles/}: the role model. Everyone may read it; staff reshape it, e.g. grant
 * {@code ORDER.APPROVE} to project admins.
 */
@RestController
@RequestMapping("/api/roles")
@Transactional
class RoleController {

	private final Roles roles;

	private final RoleModel model;

	private final Permissions permissions;

	RoleController(Roles roles, RoleModel model, Permissions permissions) {
		this.roles = roles;
		this.model = model;
		this.permissions = permissions;
	}

	record RoleView(UUID uuid, String url, String name, String scopeType, String description, Set<String> permissions) {

		static RoleView of(Role role) {
			return new RoleView(role.getUuid(), Links.url("roles", role.getUuid()), role.getName(),
					role.getScopeType().name(), role.getDescription(), role.getPermissions());
		}

	}

	record PermissionsRequest(@NotNull List<String> permissions) {
	}

	@GetMapping("/")
	List<RoleView> list() {
		return this.roles.findAllByOrderByName().stream().map(RoleView::of).toList();
	}

	@GetMapping("/{uuid}/")
	RoleView get(@PathVariable String uuid) {
		return RoleView.of(this.roles.findByUuid(Uuids.path(uuid)).orElseThrow(NotFound::new));
	}

	@PostMapping("/{uuid}/update_permissions/")
	RoleView updatePermissions(@AuthenticationPrincipal Caller caller, @PathVariable String uuid,
			@Valid @RequestBody PermissionsRequest body) {
		Role role = this.roles.findByUuid(Uuids.path(uuid)).orElseThrow(NotFound::new);
		this.permissions.requireStaff(caller);
		Set<Permission> parsed = EnumSet.noneOf(Permission.class);
		List<Object> problems = new ArrayList<>();
		for (String code : body.permissions()) {
			Permission permission = (code != null) ? Permission.fromCode(code).orElse(null) : null;
			if (permission == null) {
				problems.add("\"" + code + "\" is not a valid choice.");
			}
			else {
				parsed.add(permission);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(Map.of("permissions", problems));
		}
		return RoleView.of(this.model.replacePermissions(role, parsed));
	}

}
