package io.stackshift.openstack.client;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;

/**
 * How hard stackshift may push one cloud: at most N requests in flight and, optionally,
 * at most R per second. Shared by every client of the same cloud (same Keystone URL),
 * since the cloud's limits are per cloud, not per client.
 */
final class Throttle {

	private static final Map<String, Throttle> BY_CLOUD = new ConcurrentHashMap<>();

	// Waiting for a slot is normal when many steps run at once; past this, something is
	// stuck.
	private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

	private final Bulkhead bulkhead;

	private final RateLimiter rateLimiter;

	Throttle(String name, int maxConcurrent, Double perSecond) {
		this.bulkhead = Bulkhead.of(name,
				BulkheadConfig.custom().maxConcurrentCalls(maxConcurrent).maxWaitDuration(LONGEST_WAIT).build());
		this.rateLimiter = (perSecond != null) ? RateLimiter.of(name, rateConfig(perSecond)) : null;
	}

	static Throttle forCloud(CloudCredentials credentials) {
		// The limits are part of the key so that changed settings apply to the next
		// client.
		String key = credentials.cloudKey() + " max=" + credentials.maxConcurrentRequests() + " rps="
				+ credentials.maxRequestsPerSecond();
		return BY_CLOUD.computeIfAbsent(key,
				(name) -> new Throttle(name, credentials.maxConcurrentRequests(), credentials.maxRequestsPerSecond()));
	}

	static RateLimiterConfig rateConfig(double perSecond) {
		// Below one per second, hand out one permit per longer period instead of none.
		int permits = (perSecond >= 1) ? (int) Math.round(perSecond) : 1;
		Duration period = (perSecond >= 1) ? Duration.ofSeconds(1) : Duration.ofMillis(Math.round(1000 / perSecond));
		return RateLimiterConfig.custom()
			.limitForPeriod(permits)
			.limitRefreshPeriod(period)
			.timeoutDuration(LONGEST_WAIT)
			.build();
	}

	<T> T run(Request request, Supplier<T> call) {
		try {
			if (this.rateLimiter != null) {
				RateLimiter.waitForPermission(this.rateLimiter);
			}
			return this.bulkhead.executeSupplier(call);
		}
		catch (BulkheadFullException | RequestNotPermitted ex) {
			throw Failures.unanswered(request, new ConnectException("client-side limit: " + ex.getMessage()));
		}
	}

	int availableSlots() {
		return this.bulkhead.getMetrics().getAvailableConcurrentCalls();
	}

}
