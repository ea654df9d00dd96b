package io.stackshift.emulator.faults;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The fault injection of one cloud: ordered rules (the first rule matching a call
 * applies), a cap on concurrent requests (0: none) that emulates a small API worker pool,
 * and an optional random seed for repeatable runs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultPlan(List<FaultRule> rules, int maxConcurrent, Long seed) {

	public FaultPlan {
		rules = (rules != null) ? List.copyOf(rules) : List.of();
	}

	public static FaultPlan none() {
		return new FaultPlan(List.of(), 0, null);
	}

	/**
	 * Latencies measured on the loopback harness (one API worker, medians; see
	 * ../shared/openstack-harness/README.md and openstack-facts.md). A bulk call costs a
	 * base plus a cost per object, so bulk is faster per object but never free: rules
	 * 29-55 ms single, 7-13 ms per object in bulk; networks 41-47 vs 25-27; ports 103-216
	 * vs 77-107; subnets no gain. One worker per service in the harness, hence the cap of
	 * 4 (one per service).
	 */
	public static FaultPlan harnessLatency() {
		return new FaultPlan(List.of(FaultRule.latency("POST", "/v3/auth/tokens", 175, 0, 20),
				FaultRule.latency("POST", "/v2.0/security-group-rules", 30, 10, 10),
				FaultRule.latency("POST", "/v2.0/security-groups", 15, 20, 10),
				FaultRule.latency("POST", "/v2.0/networks", 18, 26, 5),
				FaultRule.latency("POST", "/v2.0/subnets", 0, 60, 7),
				FaultRule.latency("POST", "/v2.0/ports", 60, 90, 50),
				FaultRule.latency("POST", "/v2.0/routers", 30, 0, 15),
				FaultRule.latency("PUT", "/v2.0/routers/*/add_router_interface", 500, 0, 130),
				FaultRule.latency("PUT", "/v2.0/routers/*", 60, 0, 20),
				FaultRule.latency("POST", "/v2.0/floatingips", 80, 0, 20), FaultRule.latency("DELETE", "*", 40, 0, 10),
				FaultRule.latency("GET", "*", 10, 0, 5), FaultRule.latency("*", "*", 30, 0, 10)), 4, null);
	}

	public FaultPlan withRules(List<FaultRule> newRules) {
		return new FaultPlan(newRules, this.maxConcurrent, this.seed);
	}

	public FaultPlan withMaxConcurrent(int cap) {
		return new FaultPlan(this.rules, cap, this.seed);
	}

}
