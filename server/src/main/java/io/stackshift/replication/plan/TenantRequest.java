package io.stackshift.replication.plan;

import java.util.Objects;

/**
 * What the operator asked for the destination project. Credentials are made outside the
 * planner (it must not draw random numbers) and only their name and a reference to the
 * stored secret enter the plan, never the password.
 *
 * @param name the project name, or {@code null} for the source's
 * @param description the project description, or {@code null} for the source's
 * @param username the generated user name
 * @param passwordRef where the executor finds the generated password
 */
public record TenantRequest(String name, String description, String username, String passwordRef) {

	public TenantRequest {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(passwordRef, "passwordRef");
	}

}
