package io.stackshift.openstack.client;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import javax.net.ssl.SSLHandshakeException;

import io.stackshift.openstack.client.OpenStackException.Kind;

/**
 * Turns an unsuccessful answer, or the lack of one, into an {@link OpenStackException},
 * deciding whether the call may have been performed and whether it may be repeated.
 */
final class Failures {

	private Failures() {
	}

	static OpenStackException answered(Request request, int status, Optional<String> retryAfterHeader, String body) {
		ErrorBody error = ErrorBody.parse(body);
		Kind kind = kindOf(status, error);
		Duration retryAfter = retryAfterHeader.flatMap(Failures::parseRetryAfter).orElse(null);
		// A 429, or a 503 that says when to come back, was refused before any work was
		// done.
		boolean refused = kind == Kind.RATE_LIMITED || (status == 503 && retryAfter != null);
		boolean mayHaveRun = status >= 500 && !refused;
		boolean ambiguous = mayHaveRun && !request.idempotent();
		boolean retryable = refused || (mayHaveRun && request.idempotent());
		return new OpenStackException(kind, status, error.type(), error.message(), request.method(),
				request.pathTemplate(), ambiguous, retryable, retryAfter, null);
	}

	static OpenStackException unanswered(Request request, Throwable failure) {
		boolean untrusted = causedBy(failure, SSLHandshakeException.class);
		boolean notSent = untrusted || neverSent(failure);
		boolean ambiguous = !notSent && !request.idempotent();
		// An interrupted caller wants to stop; a certificate that is not trusted stays
		// so.
		boolean retryable = !untrusted && !(failure instanceof InterruptedException)
				&& (notSent || request.idempotent());
		String message = (failure instanceof HttpTimeoutException) ? "no answer in time"
				: failure.getClass().getSimpleName()
						+ ((failure.getMessage() != null) ? ": " + failure.getMessage() : "");
		return new OpenStackException(notSent ? Kind.UNAVAILABLE : Kind.TRANSPORT, 0, null, message, request.method(),
				request.pathTemplate(), ambiguous, retryable, null, failure);
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the failure happened before the request could reach the service. */
	static boolean neverSent(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
					|| cause instanceof UnresolvedAddressException) {
				return true;
			}
		}
		return false;
	}

	static Kind kindOf(int status, ErrorBody error) {
		String type = (error.type() != null) ? error.type().toLowerCase(Locale.ROOT) : "";
		String message = (error.message() != null) ? error.message().toLowerCase(Locale.ROOT) : "";
		boolean quota = type.contains("overquota") || type.contains("limitexceeded")
				|| message.contains("limitexceeded") || (message.contains("quota") && message.contains("exceeded"));
		if (status == 429) {
			return Kind.RATE_LIMITED;
		}
		// Neutron answers 409 OverQuota, Nova 403 "Quota exceeded", Cinder 413
		// VolumeLimitExceeded.
		if (quota && (status == 409 || status == 403 || status == 413 || status == 400)) {
			return Kind.OVER_QUOTA;
		}
		switch (status) {
			case 400:
				return Kind.BAD_REQUEST;
			case 401:
				return Kind.UNAUTHORIZED;
			case 403:
				return Kind.FORBIDDEN;
			case 404:
				return Kind.NOT_FOUND;
			case 409:
				return Kind.CONFLICT;
			case 413:
				return Kind.RATE_LIMITED;
			case 503:
				return Kind.UNAVAILABLE;
			default:
				return (status >= 500) ? Kind.SERVER_ERROR : Kind.BAD_REQUEST;
		}
	}

	/** {@code Retry-After} in seconds; HTTP dates are rare from OpenStack and ignored. */
	static Optional<Duration> parseRetryAfter(String value) {
		try {
			long seconds = Long.parseLong(value.trim());
			return (seconds >= 0) ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
