package io.stackshift.openstack.client;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.stackshift.openstack.client.OpenStackException.Kind;

/**
 * Sends requests with a token, through the cloud's {@link Throttle}, repeating those that
 * are safe to repeat ({@link OpenStackException#retryable()}) as the {@link RetryPolicy}
 * says, and re-authenticating exactly once when a service rejects the token.
 */
final class Dispatcher {

	private final Transport transport;

	private final Throttle throttle;

	private final Retry retry;

	private final Session session;

	Dispatcher(CloudCredentials credentials, RetryPolicy policy, Clock clock) {
		this.transport = new Transport(credentials);
		this.throttle = Throttle.forCloud(credentials);
		this.retry = Retry.of(credentials.cloudKey(), RetryConfig.custom()
			.maxAttempts(policy.maxAttempts())
			.retryOnException((failure) -> failure instanceof OpenStackException failed && failed.retryable()
					&& !policy.tooLongToWait(failed.retryAfter()))
			.intervalBiFunction((Integer attempt,
					Either<Throwable, Object> outcome) -> policy.delayAfter(attempt, retryAfter(outcome)).toMillis())
			.failAfterMaxAttempts(false)
			.build());
		this.session = new Session(credentials, this::sendAnonymous, clock);
	}

	private static Optional<Duration> retryAfter(Either<Throwable, Object> outcome) {
		return (outcome.isLeft() && outcome.getLeft() instanceof OpenStackException failed) ? failed.retryAfter()
				: Optional.empty();
	}

	Session session() {
		return this.session;
	}

	Response send(Request request) {
		AtomicInteger attempts = new AtomicInteger();
		return this.retry.executeSupplier(() -> {
			int attempt = attempts.incrementAndGet();
			try {
				return sendWithToken(request);
			}
			catch (OpenStackException ex) {
				// An earlier attempt whose answer was lost may already have deleted it.
				if (attempt > 1 && ex.kind() == Kind.NOT_FOUND && request.method().equals("DELETE")) {
					return new Response(204, HttpHeaders.of(Map.of(), (name, value) -> true), "");
				}
				throw ex;
			}
		});
	}

	// The token is fetched outside the throttle: authenticating needs a slot of its own.
	private Response sendWithToken(Request request) {
		Token token = this.session.current();
		try {
			return this.throttle.run(request, () -> this.transport.send(request, token.value()));
		}
		catch (OpenStackException ex) {
			if (ex.kind() != Kind.UNAUTHORIZED) {
				throw ex;
			}
			Token renewed = this.session.renew(token);
			return this.throttle.run(request, () -> this.transport.send(request, renewed.value()));
		}
	}

	private Response sendAnonymous(Request request) {
		return this.retry.executeSupplier(() -> this.throttle.run(request, () -> this.transport.send(request, null)));
	}

}
