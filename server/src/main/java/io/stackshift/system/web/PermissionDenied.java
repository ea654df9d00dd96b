package io.stackshift.system.web;

/** The caller sees the object but may not do this to it: 403. */
public class PermissionDenied extends RuntimeException {

	public PermissionDenied() {
		this("You do not have permission to perform this action.");
	}

	public PermissionDenied(String detail) {
		super(detail);
	}

}
