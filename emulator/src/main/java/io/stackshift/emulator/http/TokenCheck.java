package io.stackshift.emulator.http;

/**
 * Turns an {@code X-Auth-Token} into its caller, as keystonemiddleware does in front of
 * every real service.
 */
@FunctionalInterface
public interface TokenCheck {

	/** The caller, or null when the token is unknown or expired. */
	Caller check(String token);

}
