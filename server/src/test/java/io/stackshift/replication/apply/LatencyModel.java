package io.stackshift.replication.apply;

import java.util.ArrayList;
import java.util.List;

import io.stackshift.emulator.faults.FaultPlan;
import io.stackshift.emulator.faults.FaultRule;
import io.stackshift.replication.plan.Kind;

/**
 * The benchmark's cost of a call: one latency for every call, plus the harness's measured
 * cost per object for the creates that take lists (so a bulk call is cheaper per object
 * but never free), no jitter so that runs repeat. The same numbers feed the emulator and
 * the lower bound, so the two cannot drift apart.
 *
 * @param latencyMs what every call costs
 * @param cap how many calls the emulated API serves at once (more wait)
 */
record LatencyModel(long latencyMs, int cap) {

	/** Per-object costs of {@link FaultPlan#harnessLatency()}, by create route. */
	long perObjectMs(Kind kind) {
		return switch (kind) {
			case SECURITY_GROUP_RULE -> 10;
			case SECURITY_GROUP -> 20;
			case NETWORK -> 26;
			case SUBNET -> 60;
			case PORT -> 90;
			default -> 0;
		};
	}

	/** One call creating {@code objects} objects of a kind. */
	long callMs(Kind kind, int objects) {
		return this.latencyMs + perObjectMs(kind) * objects;
	}

	FaultPlan faultPlan() {
		List<FaultRule> rules = new ArrayList<>();
		rules.add(FaultRule.latency("POST", "/v2.0/security-group-rules", this.latencyMs,
				perObjectMs(Kind.SECURITY_GROUP_RULE), 0));
		rules.add(FaultRule.latency("POST", "/v2.0/security-groups", this.latencyMs, perObjectMs(Kind.SECURITY_GROUP),
				0));
		rules.add(FaultRule.latency("POST", "/v2.0/networks", this.latencyMs, perObjectMs(Kind.NETWORK), 0));
		rules.add(FaultRule.latency("POST", "/v2.0/subnets", this.latencyMs, perObjectMs(Kind.SUBNET), 0));
		rules.add(FaultRule.latency("POST", "/v2.0/ports", this.latencyMs, perObjectMs(Kind.PORT), 0));
		rules.add(FaultRule.latency("*", "*", this.latencyMs, 0, 0));
		return new FaultPlan(rules, this.cap, 1L);
	}

}
