package io.stackshift.replication.apply;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a walk over a plan ended.
 *
 * @param execution the execution id
 * @param status how it ended
 * @param checkpoints every step's checkpoint after the walk
 * @param failures each failed step once, with the steps it blocked
 */
public record ApplyResult(UUID execution, Status status, Map<String, Checkpoint> checkpoints, List<Failure> failures) {

	public ApplyResult {
		checkpoints = Map.copyOf(checkpoints);
		failures = List.copyOf(failures);
	}

	/** How a walk ended. */
	public enum Status {

		/** Every step is done. */
		COMPLETED,
		/** Some steps failed; the others that could run are done. */
		FAILED,
		/** Stopped on request after the steps in flight; resumable. */
		CANCELLED,
		/** Stopped abruptly; what was in flight is unknown until resumed. */
		HALTED

	}

	/**
	 * A step that failed, and what could not run because of it.
	 *
	 * @param key the failed step
	 * @param error the cause, naming the object and quoting the cloud
	 * @param blocked the steps skipped because of it
	 */
	public record Failure(String key, String error, List<String> blocked) {
	}

	public boolean completed() {
		return this.status == Status.COMPLETED;
	}

	/** One line per failure: "what failed: why; N steps blocked by it". */
	public String summary() {
		StringBuilder text = new StringBuilder(this.status.name());
		for (Failure failure : this.failures) {
			text.append('\n')
				.append(failure.error())
				.append("; ")
				.append(failure.blocked().size())
				.append(" steps blocked by it");
		}
		return text.toString();
	}

}
