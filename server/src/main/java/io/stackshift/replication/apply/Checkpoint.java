package io.stackshift.replication.apply;

import java.time.Instant;

/**
 * The journal's record of one step of one execution.
 *
 * @param key the step key
 * @param status where the step stands
 * @param outcome what it produced, or {@code null} until it is done
 * @param attempts how many times a walk handed it to a performer
 * @param startedAt when the last attempt started, or {@code null}
 * @param finishedAt when it was last done, failed or skipped, or {@code null}
 * @param error why it failed or was skipped, naming the object, or {@code null}
 */
public record Checkpoint(String key, StepStatus status, StepOutcome outcome, int attempts, Instant startedAt,
		Instant finishedAt, String error) {

	public static Checkpoint pending(String key) {
		return new Checkpoint(key, StepStatus.PENDING, null, 0, null, null, null);
	}

	/**
	 * Whether an earlier walk may have sent this step's call without seeing its answer.
	 */
	public boolean mayHaveRun() {
		return this.status != StepStatus.DONE && this.attempts > 0;
	}

}
