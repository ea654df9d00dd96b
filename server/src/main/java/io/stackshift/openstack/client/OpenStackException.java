package io.stackshift.openstack.client;

import java.time.Duration;
import java.util.Optional;

/**
 * A call to an OpenStack API that did not succeed. Carries what a caller needs to decide
 * what to do next: the {@link Kind}, the HTTP status (0 when no answer came), the
 * service's own error type and message, and the method and path template of the call
 * (never the token, never a body).
 */
public class OpenStackException extends RuntimeException {

	/** What went wrong, as a caller reacts to it. */
	public enum Kind {

		BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, OVER_QUOTA, RATE_LIMITED, SERVER_ERROR, UNAVAILABLE,
		TRANSPORT

	}

	private final Kind kind;

	private final int status;

	private final String errorType;

	private final String serviceMessage;

	private final String method;

	private final String pathTemplate;

	private final boolean ambiguous;

	private final boolean retryable;

	private final Duration retryAfter;

	OpenStackException(Kind kind, int status, String errorType, String serviceMessage, String method,
			String pathTemplate, boolean ambiguous, boolean retryable, Duration retryAfter, Throwable cause) {
		super(describe(kind, status, errorType, serviceMessage, method, pathTemplate, ambiguous), cause);
		this.kind = kind;
		this.status = status;
		this.errorType = errorType;
		this.serviceMessage = serviceMessage;
		this.method = method;
		this.pathTemplate = pathTemplate;
		this.ambiguous = ambiguous;
		this.retryable = retryable;
		this.retryAfter = retryAfter;
	}

	private static String describe(Kind kind, int status, String errorType, String message, String method,
			String pathTemplate, boolean ambiguous) {
		StringBuilder text = new StringBuilder().append(method).append(' ').append(pathTemplate).append(": ");
		text.append(kind);
		if (status > 0) {
			text.append(" (").append(status);
			if (errorType != null && !errorType.isEmpty()) {
				text.append(' ').append(errorType);
			}
			text.append(')');
		}
		if (message != null && !message.isEmpty()) {
			text.append(": ").append(message);
		}
		if (ambiguous) {
			text.append(" [may have been performed]");
		}
		return text.toString();
	}

	public Kind kind() {
		return this.kind;
	}

	/** The HTTP status, or 0 when no answer was received. */
	public int status() {
		return this.status;
	}

	/**
	 * The service's error type, e.g. Neutron's {@code SecurityGroupRuleExists}, or null.
	 */
	public String errorType() {
		return this.errorType;
	}

	/**
	 * The service's own message, e.g. Neutron's {@code NeutronError.message}, or null.
	 */
	public String serviceMessage() {
		return this.serviceMessage;
	}

	public String method() {
		return this.method;
	}

	/** The path with placeholders, e.g. {@code /v2.0/networks/{id}}. */
	public String pathTemplate() {
		return this.pathTemplate;
	}

	/**
	 * True when a non-idempotent call (a create or an action) may have been performed
	 * although it failed: the caller must look before it tries again.
	 */
	public boolean ambiguous() {
		return this.ambiguous;
	}

	/** Whether repeating the same call is safe and may succeed. */
	public boolean retryable() {
		return this.retryable;
	}

	/** How long the service asked to wait ({@code Retry-After}), if it said. */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

}
