package io.stackshift.system.web;

/**
 * The object does not exist or the caller may not see it: the API answers 404 in both
 * cases, so that existence does not leak.
 */
public class NotFound extends RuntimeException {

	public NotFound() {
		super("Not found.");
	}

	/** A 404 that says why, where "not found" alone would puzzle (the object exists). */
	public NotFound(String detail) {
		super(detail);
	}

}
