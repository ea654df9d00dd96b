package io.stackshift.identity;

import java.time.Duration;

/** Login attempts for a username come too fast after repeated failures: 429. */
public class TooManyAttempts extends RuntimeException {

	private final Duration retryAfter;

	TooManyAttempts(Duration retryAfter) {
		super("Too many failed login attempts. Try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds.");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
