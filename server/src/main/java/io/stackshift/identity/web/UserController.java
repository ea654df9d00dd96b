package io.stackshift.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.stackshift.identity.Accounts;
import io.stackshift.identity.Caller;
import io.stackshift.identity.Permissions;
import io.stackshift.identity.Tokens;
import io.stackshift.identity.User;
import io.stackshift.identity.Users;
import io.stackshift.system.web.InvalidInput;
import io.stackshift.system.web.Links;
import io.stackshift.system.web.NotFound;
import io.stackshift.system.web.Pagination;
import io.stackshift.system.web.PermissionDenied;
import io.stackshift.system.web.Uuids;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/users/}: staff manage accounts; everyone sees themselves and the people
 * they share an organisation with; support sees everyone.
 */
@RestController
@RequestMapping("/api/users")
@Transactional
class UserController {

	private final Users users;

	private final Accounts accounts;

	private final Tokens tokens;

	private final Permissions permissions;

	UserController(Users users, Accounts accounts, Tokens tokens, Permissions permissions) {
		this.users = users;
		this.accounts = accounts;
		this.tokens = tokens;
		this.permissions = permissions;
	}

	record UserView(UUID uuid, String url, String username, String fullName, String email, boolean isActive,
			boolean isStaff, boolean isSupport, Instant dateJoined) {

		static UserView of(User user) {
			return new UserView(user.getUuid(), Links.url("users", user.getUuid()), user.getUsername(),
					user.getFullName(), user.getEmail(), user.isActive(), user.isStaff(), user.isSupport(),
					user.getDateJoined());
		}

	}

	record UserRequest(@Size(max = 150) @Pattern(regexp = "^[\\w.@+-]+$",
			message = "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.") String username,
			@Size(max = 150) String fullName, @Email @Size(max = 254) String email, @Size(max = 128) String password,
			Boolean isActive, Boolean isStaff, Boolean isSupport) {

		@Override
		public String toString() {
			return "UserRequest[" + this.username + "]";
		}

	}

	record PasswordRequest(@NotBlank @Size(max = 128) String password) {

		@Override
		public String toString() {
			return "PasswordRequest[***]";
		}

	}

	@GetMapping("/")
	ResponseEntity<List<UserView>> list(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) String username, HttpServletRequest request) {
		Pageable pageable = Pagination.pageable(request, Sort.by("username"));
		Page<User> page;
		if (caller.seesEverything()) {
			Specification<User> filter = (username == null) ? Specification.unrestricted()
					: (root, query, cb) -> cb.equal(root.get("username"), username);
			page = this.users.findAll(filter, pageable);
		}
		else {
			page = this.users.findConnectedTo(caller.id(), pageable);
		}
		return Pagination.respond(page, request, UserView::of);
	}

	@GetMapping("/me/")
	UserView me(@AuthenticationPrincipal Caller caller) {
		return UserView.of(this.users.findById(caller.id()).orElseThrow(NotFound::new));
	}

	@GetMapping("/{uuid}/")
	UserView get(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return UserView.of(visible(caller, uuid));
	}

	@PostMapping("/")
	@ResponseStatus(HttpStatus.CREATED)
	UserView create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody UserRequest body) {
		this.permissions.requireStaff(caller);
		User user = new User(InvalidInput.requiredText("username", body.username()));
		apply(user, body, true);
		return UserView.of(this.accounts.create(user, body.password()));
	}

	@RequestMapping(path = "/{uuid}/", method = { RequestMethod.PATCH, RequestMethod.PUT })
	UserView update(@AuthenticationPrincipal Caller caller, @PathVariable String uuid,
			@Valid @RequestBody UserRequest body) {
		User user = visible(caller, uuid);
		if (!caller.staff() && caller.id() != user.getId()) {
			throw new PermissionDenied();
		}
		if (!caller.staff() && (body.isStaff() != null || body.isSupport() != null || body.isActive() != null
				|| body.username() != null)) {
			throw InvalidInput.nonField("Only staff may change username, is_active, is_staff and is_support.");
		}
		if (body.password() != null) {
			throw InvalidInput.field("password", "Use the password action to change a password.");
		}
		if (body.username() != null && !body.username().equals(user.getUsername())) {
			if (this.users.existsByUsername(body.username())) {
				throw InvalidInput.field("username", "A user with that username already exists.");
			}
			user.setUsername(body.username());
		}
		apply(user, body, caller.staff());
		return UserView.of(user);
	}

	@DeleteMapping("/{uuid}/")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		this.permissions.requireStaff(caller);
		User user = visible(caller, uuid);
		if (user.getId() == caller.id()) {
			throw InvalidInput.nonField("You cannot delete your own account.");
		}
		this.users.delete(user);
		this.users.flush();
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{uuid}/password/")
	Map<String, String> password(@AuthenticationPrincipal Caller caller, @PathVariable String uuid,
			@Valid @RequestBody PasswordRequest body) {
		User user = ownOrStaff(caller, uuid);
		this.accounts.changePassword(user, body.password());
		return Map.of("detail", "Password has been successfully updated.");
	}

	@PostMapping("/{uuid}/revoke_tokens/")
	ResponseEntity<Void> revokeTokens(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		this.tokens.revokeAll(ownOrStaff(caller, uuid));
		return ResponseEntity.noContent().build();
	}

	private User ownOrStaff(Caller caller, String uuid) {
		User user = visible(caller, uuid);
		if (!caller.staff() && caller.id() != user.getId()) {
			throw new PermissionDenied();
		}
		return user;
	}

	private User visible(Caller caller, String uuid) {
		User user = this.users.findByUuid(Uuids.path(uuid)).orElseThrow(NotFound::new);
		if (caller.seesEverything() || caller.id() == user.getId()) {
			return user;
		}
		boolean connected = this.users.findConnectedTo(caller.id(), Pageable.unpaged())
			.stream()
			.anyMatch((other) -> other.getId().equals(user.getId()));
		if (!connected) {
			throw new NotFound();
		}
		return user;
	}

	private static void apply(User user, UserRequest body, boolean staff) {
		if (body.fullName() != null) {
			user.setFullName(body.fullName());
		}
		if (body.email() != null) {
			user.setEmail(body.email());
		}
		if (staff) {
			if (body.isActive() != null) {
				user.setActive(body.isActive());
			}
			if (body.isStaff() != null) {
				user.setStaff(body.isStaff());
			}
			if (body.isSupport() != null) {
				user.setSupport(body.isSupport());
			}
		}
	}

}
