package io.stackshift.replication.apply;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The checkpoints of executions: one row per step and execution. Only one walk writes an
 * execution's checkpoints at a time; its results are recorded before the walk moves on,
 * so what is recorded as done exists in the destination.
 */
public interface Journal {

	/** Every checkpoint of the execution by step key; empty for a new execution. */
	Map<String, Checkpoint> load(UUID execution);

	/** Records that the steps are handed to a performer (one more attempt each). */
	void started(UUID execution, Collection<String> keys);

	/** Records the steps as done with what they produced, all in one transaction. */
	void done(UUID execution, Map<String, StepOutcome> outcomes);

	/** Records the steps as failed with the reason. */
	void failed(UUID execution, Collection<String> keys, String error);

	/** Records that the steps were not run, and why. */
	void skipped(UUID execution, Collection<String> keys, String reason);

	/** Records that cleanup removed what the step made. */
	void removed(UUID execution, String key);

}
