package io.stackshift.identity.web;

import java.util.List;
import java.util.Map;

import io.stackshift.identity.Tokens;
import io.stackshift.identity.TooManyAttempts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Logging in with a password for a token, and logging out (revoking the token). */
@RestController
class AuthController {

	private final Tokens tokens;

	AuthController(Tokens tokens) {
		this.tokens = tokens;
	}

	record Credentials(@NotBlank @Size(max = 150) String username, @NotBlank @Size(max = 128) String password) {

		@Override
		public String toString() {
			return "Credentials[" + this.username + "]";
		}

	}

	@PostMapping("/api-auth/password/")
	Map<String, String> login(@Valid @RequestBody Credentials credentials) {
		return Map.of("token", this.tokens.issue(credentials.username(), credentials.password()));
	}

	@PostMapping("/api-auth/logout/")
	ResponseEntity<Void> logout(@RequestHeader("Authorization") String authorization) {
		this.tokens.revoke(authorization.substring("Token ".length()).trim());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler
	ResponseEntity<Object> tooMany(TooManyAttempts ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", String.valueOf(Math.max(1, ex.retryAfter().toSeconds())))
			.body(Map.of("detail", ex.getMessage(), "non_field_errors", List.of(ex.getMessage())));
	}

}
