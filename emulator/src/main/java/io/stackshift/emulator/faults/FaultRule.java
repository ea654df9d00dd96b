package io.stackshift.emulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What may happen to the calls whose method and path match: a latency of
 * {@code latencyMs + perObjectMs * objects + random(0..jitterMs)}, and at most one fault
 * per call, drawn with the given rates (fractions 0..1). {@code times} bounds how many
 * faults the rule may still inject (null: no bound), so a test can say "the next two
 * creates fail".
 *
 * @param method an HTTP method or {@code *}
 * @param path a path glob where {@code *} matches anything, e.g. {@code /v2.0/ports*}
 * @param performedButFailedRate the call is carried out, then answered 500: the case that
 * breaks naive retries
 * @param slowRate the answer comes after {@code slowMs}, longer than a client's timeout
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRule(String method, String path, long latencyMs, long perObjectMs, long jitterMs, double errorRate,
		double unavailableRate, double throttleRate, Integer retryAfterSeconds, double dropRate, double slowRate,
		Long slowMs, double performedButFailedRate, Integer times) {

	public static FaultRule latency(String method, String path, long latencyMs, long perObjectMs, long jitterMs) {
		return new FaultRule(method, path, latencyMs, perObjectMs, jitterMs, 0, 0, 0, null, 0, 0, null, 0, null);
	}

	/** A rule that injects nothing but the given fault kind at the given rate. */
	public static FaultRule failing(String method, String path, Fault kind, double rate, Integer times) {
		return new FaultRule(method, path, 0, 0, 0, rate(kind, Fault.ERROR, rate), rate(kind, Fault.UNAVAILABLE, rate),
				rate(kind, Fault.THROTTLED, rate), null, rate(kind, Fault.DROPPED, rate), rate(kind, Fault.SLOW, rate),
				null, rate(kind, Fault.PERFORMED_BUT_FAILED, rate), times);
	}

	/**
	 * 429 with {@code Retry-After: retryAfterSeconds} for a fraction of the matching
	 * calls.
	 */
	public static FaultRule throttling(String method, String path, double rate, int retryAfterSeconds, Integer times) {
		return new FaultRule(method, path, 0, 0, 0, 0, 0, rate, retryAfterSeconds, 0, 0, null, 0, times);
	}

	/**
	 * Answers after {@code slowMs} (carried out normally) for a fraction of the matching
	 * calls.
	 */
	public static FaultRule slow(String method, String path, double rate, long slowMs, Integer times) {
		return new FaultRule(method, path, 0, 0, 0, 0, 0, 0, null, 0, rate, slowMs, 0, times);
	}

	private static double rate(Fault wanted, Fault kind, double rate) {
		return (wanted == kind) ? rate : 0;
	}

	boolean matches(String callMethod, String callPath) {
		return (this.method == null || this.method.equals("*") || this.method.equalsIgnoreCase(callMethod))
				&& (this.path == null || Glob.matches(this.path, callPath));
	}

	long delayMillis(int objects, double random) {
		return this.latencyMs + this.perObjectMs * objects + (long) (this.jitterMs * random);
	}

	int retryAfter() {
		return (this.retryAfterSeconds != null) ? this.retryAfterSeconds : 1;
	}

	long slowMillis() {
		return (this.slowMs != null) ? this.slowMs : 30_000;
	}

	/** The fault for a uniform draw in [0, 1), by walking the cumulative rates. */
	Fault draw(double u) {
		double edge = 0;
		double[] rates = { this.dropRate, this.throttleRate, this.errorRate, this.unavailableRate, this.slowRate,
				this.performedButFailedRate };
		Fault[] kinds = { Fault.DROPPED, Fault.THROTTLED, Fault.ERROR, Fault.UNAVAILABLE, Fault.SLOW,
				Fault.PERFORMED_BUT_FAILED };
		for (int i = 0; i < rates.length; i++) {
			edge += rates[i];
			if (u < edge) {
				return kinds[i];
			}
		}
		return Fault.NONE;
	}

	boolean injectsFaults() {
		return this.dropRate + this.throttleRate + this.errorRate + this.unavailableRate + this.slowRate
				+ this.performedButFailedRate > 0;
	}

}
