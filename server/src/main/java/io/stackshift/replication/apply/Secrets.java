package io.stackshift.replication.apply;

/**
 * Where the executor reads secrets a plan only names (the new user's password), so that
 * no plan, journal or log holds them.
 */
@FunctionalInterface
public interface Secrets {

	/** The secret stored under {@code reference}. */
	String reveal(String reference);

}
