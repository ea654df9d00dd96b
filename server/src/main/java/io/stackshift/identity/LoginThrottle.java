package io.stackshift.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a number of consecutive failures for one username,
 * each further attempt must wait a delay that doubles with every failure, up to a
 * maximum. Kept in memory: a restart forgives, which is acceptable for a brake (not a
 * lock).
 */
@Component
class LoginThrottle {

	private final int freeFailures;

	private final Duration maxDelay;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	@Autowired
	LoginThrottle(@Value("${stackshift.auth.failures-before-delay:5}") int freeFailures,
			@Value("${stackshift.auth.max-delay:5m}") Duration maxDelay) {
		this(freeFailures, maxDelay, Clock.systemUTC());
	}

	LoginThrottle(int freeFailures, Duration maxDelay, Clock clock) {
		this.freeFailures = freeFailures;
		this.maxDelay = maxDelay;
		this.clock = clock;
	}

	/**
	 * How long the caller must still wait before trying this username again; zero if not.
	 */
	Duration waitBeforeAttempt(String username) {
		Failures record = this.failures.get(key(username));
		if (record == null || record.count() < this.freeFailures) {
			return Duration.ZERO;
		}
		Duration remaining = Duration.between(this.clock.instant(), record.last().plus(delay(record.count())));
		return remaining.isNegative() ? Duration.ZERO : remaining;
	}

	void failed(String username) {
		Instant now = this.clock.instant();
		this.failures.merge(key(username), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
	}

	void succeeded(String username) {
		this.failures.remove(key(username));
	}

	private Duration delay(int count) {
		int doublings = Math.min(count - this.freeFailures, 20);
		Duration delay = Duration.ofSeconds(1L << doublings);
		return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
	}

	private static String key(String username) {
		return (username != null) ? username.toLowerCase(Locale.ROOT) : "";
	}

	private record Failures(int count, Instant last) {
	}

}
