package io.stackshift.replication.apply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.plan.Step;

/**
 * The least time any executor could take for a plan under a latency model, counting only
 * the calls the plan's steps need (no token, no look-ups): the longer of the longest
 * dependency chain, each step one single-object call, and the modelled time of the fewest
 * calls (bulk calls as full as the scheduling allows) spread over the cap.
 *
 * @param chainMs the longest dependency chain
 * @param workMs all modelled call time
 * @param cap the concurrency cap
 */
record LowerBound(long chainMs, long workMs, int cap) {

	static LowerBound of(Plan plan, LatencyModel model, Scheduling scheduling) {
		Map<String, Long> finish = new HashMap<>();
		long chain = 0;
		// steps are topologically ordered, so every dependency is already finished
		for (Step step : plan.steps()) {
			long start = step.dependsOn().stream().mapToLong((key) -> finish.getOrDefault(key, 0L)).max().orElse(0);
			long end = start + model.callMs(step.kind(), 1);
			finish.put(step.key(), end);
			chain = Math.max(chain, end);
		}
		long work = 0;
		Map<String, List<Step>> batches = plan.steps()
			.stream()
			.filter((step) -> scheduling.batchOf(step) != null)
			.collect(Collectors.groupingBy(scheduling::batchOf));
		for (List<Step> batch : batches.values()) {
			long calls = (batch.size() + scheduling.maxBatch() - 1) / scheduling.maxBatch();
			work += calls * model.latencyMs() + batch.size() * model.perObjectMs(batch.get(0).kind());
		}
		for (Step step : plan.steps()) {
			if (scheduling.batchOf(step) == null) {
				work += model.callMs(step.kind(), 1);
			}
		}
		return new LowerBound(chain, work, model.cap());
	}

	long millis() {
		return Math.max(this.chainMs, this.workMs / this.cap);
	}

}
