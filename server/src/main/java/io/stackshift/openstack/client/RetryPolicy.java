package io.stackshift.openstack.client;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a call that is safe to repeat is repeated: exponential
 * backoff with jitter, or the service's {@code Retry-After} when it gave one.
 *
 * @param maxAttempts attempts in all, the first included
 * @param maxRetryAfter the longest {@code Retry-After} honoured; longer waits fail the
 * call rather than hold a worker for minutes
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff,
		Duration maxRetryAfter) {

	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
		if (multiplier < 1) {
			throw new IllegalArgumentException("multiplier must be at least 1");
		}
	}

	/** Five attempts, 0.5 s doubling up to 8 s; Retry-After up to one minute. */
	public static RetryPolicy defaults() {
		return new RetryPolicy(5, Duration.ofMillis(500), 2.0, Duration.ofSeconds(8), Duration.ofMinutes(1));
	}

	/** No retries at all. */
	public static RetryPolicy none() {
		return new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO, Duration.ZERO);
	}

	/**
	 * The wait before the attempt after {@code failedAttempt} (1-based). Without
	 * {@code Retry-After}, a random point in the upper half of the exponential step, so
	 * that clients that failed together do not come back together.
	 */
	public Duration delayAfter(int failedAttempt, Optional<Duration> retryAfter) {
		return delayAfter(failedAttempt, retryAfter, ThreadLocalRandom.current().nextDouble());
	}

	Duration delayAfter(int failedAttempt, Optional<Duration> retryAfter, double random) {
		if (retryAfter.isPresent()) {
			Duration asked = retryAfter.get();
			return (asked.compareTo(this.maxRetryAfter) > 0) ? this.maxRetryAfter : asked;
		}
		double step = this.initialBackoff.toMillis() * Math.pow(this.multiplier, Math.max(0, failedAttempt - 1));
		double capped = Math.min(step, this.maxBackoff.toMillis());
		return Duration.ofMillis(Math.round(capped / 2 + random * capped / 2));
	}

	/** Whether a Retry-After of this length is too long to wait for. */
	boolean tooLongToWait(Optional<Duration> retryAfter) {
		return retryAfter.map((asked) -> asked.compareTo(this.maxRetryAfter) > 0).orElse(false);
	}

}
