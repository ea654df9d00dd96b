package io.stackshift.replication.web;

import java.time.Instant;

import io.stackshift.replication.apply.Checkpoint;
import io.stackshift.replication.apply.StepStatus;
import io.stackshift.replication.plan.Step;

/**
 * One plan step with where its execution stands: the journal's checkpoint, or PENDING
 * before any run reached it.
 */
record StepView(String key, String kind, String action, String name, String status, String objectId, Boolean created,
		int attempts, Instant startedAt, Instant finishedAt, String error) {

	static StepView of(Step step, Checkpoint checkpoint) {
		Checkpoint known = (checkpoint != null) ? checkpoint : Checkpoint.pending(step.key());
		boolean done = known.status() == StepStatus.DONE || known.status() == StepStatus.REMOVED;
		return new StepView(step.key(), step.kind().name(), step.action().name(), step.name(), known.status().name(),
				(known.outcome() != null) ? known.outcome().objectId() : null,
				(done && known.outcome() != null) ? known.outcome().created() : null, known.attempts(),
				known.startedAt(), known.finishedAt(), known.error());
	}

}
