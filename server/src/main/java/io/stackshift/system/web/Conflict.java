package io.stackshift.system.web;

/** The request is valid but the object's current state forbids it: 409. */
public class Conflict extends RuntimeException {

	public Conflict(String detail) {
		super(detail);
	}

}
