package io.stackshift.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.stackshift.identity.Caller;
import io.stackshift.identity.RoleGrant;
import io.stackshift.identity.User;
import io.stackshift.identity.Users;
import io.stackshift.system.web.Links;
import io.stackshift.system.web.References;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Waldur's role endpoints ({@code list_users}, {@code add_user}, {@code delete_user}),
 * the same on organisations and projects: each controller says how to find its scope and
 * which {@link Team} operations apply to it.
 *
 * @param <S> the scope roles are granted on
 */
@Transactional
abstract class Membership<S> {

	private final Users users;

	Membership(Users users) {
		this.users = users;
	}

	/** The scope the caller sees, or a 404. */
	abstract S visible(Caller caller, String uuid);

	abstract List<RoleGrant> members(S scope);

	abstract RoleGrant grant(Caller caller, S scope, User user, String role, Instant expiration);

	abstract void revoke(Caller caller, S scope, User user, String role);

	@GetMapping("/{uuid}/list_users/")
	List<MemberView> listUsers(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return members(visible(caller, uuid)).stream().map(MemberView::of).toList();
	}

	@PostMapping("/{uuid}/add_user/")
	@ResponseStatus(HttpStatus.CREATED)
	MemberView addUser(@AuthenticationPrincipal Caller caller, @PathVariable String uuid,
			@Valid @RequestBody RoleRequest body) {
		S scope = visible(caller, uuid);
		return MemberView.of(grant(caller, scope, body.resolveUser(this.users), body.role(), body.expirationTime()));
	}

	@PostMapping("/{uuid}/delete_user/")
	ResponseEntity<Void> deleteUser(@AuthenticationPrincipal Caller caller, @PathVariable String uuid,
			@Valid @RequestBody RoleRequest body) {
		S scope = visible(caller, uuid);
		revoke(caller, scope, body.resolveUser(this.users), body.role());
		return ResponseEntity.noContent().build();
	}

	record RoleRequest(@Size(max = 300) String user, @Size(max = 64) String role, Instant expirationTime) {

		User resolveUser(Users users) {
			return References.resolve("user", this.user, users::findByUuid);
		}

	}

	record MemberView(UUID uuid, String userUuid, String userUrl, String userUsername, String userFullName,
			String userEmail, String role, Instant created, Instant expirationTime, String createdByFullName) {

		static MemberView of(RoleGrant grant) {
			User user = grant.getUser();
			return new MemberView(grant.getUuid(), user.getUuid().toString().replace("-", ""),
					Links.url("users", user.getUuid()), user.getUsername(), user.getFullName(), user.getEmail(),
					grant.getRole().getName(), grant.getCreated(), grant.getExpirationTime(),
					(grant.getCreatedBy() != null) ? grant.getCreatedBy().getFullName() : null);
		}

	}

}
