package io.stackshift.identity.web;

import java.time.Instant;
import java.util.UUID;

import io.stackshift.identity.RoleGrant;
import io.stackshift.identity.User;
import io.stackshift.identity.Users;
import io.stackshift.system.web.Links;
import io.stackshift.system.web.References;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code add_user} and {@code delete_user} on organisations and projects, and
 * the rows of {@code list_users}, shaped as in Waldur.
 */
final class Membership {

	private Membership() {
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
