package io.stackshift.emulator.faults;

/**
 * The kinds of failure a call can be given.
 */
public enum Fault {

	/** Answered normally. */
	NONE,
	/** 500 without doing anything. */
	ERROR,
	/** 503 without doing anything. */
	UNAVAILABLE,
	/** 429 with a {@code Retry-After} header, without doing anything. */
	THROTTLED,
	/** The connection is closed without an answer. */
	DROPPED,
	/** Carried out and answered, but only after the rule's {@code slowMs}. */
	SLOW,
	/** Carried out, then answered 500. */
	PERFORMED_BUT_FAILED

}
