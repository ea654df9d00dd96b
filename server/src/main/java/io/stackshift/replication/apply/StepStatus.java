package io.stackshift.replication.apply;

/** Where one step of one execution stands, as the journal records it. */
public enum StepStatus {

	/** Not started yet (or started by a walk that stopped before it answered). */
	PENDING,
	/** Handed to a performer; its outcome is not recorded yet. */
	RUNNING,
	/** Performed; its OpenStack id is recorded. */
	DONE,
	/** Performed without success after all attempts. */
	FAILED,
	/** Not run because a step it depends on failed. */
	SKIPPED,
	/** Undone by cleanup: what the step made is gone from the destination. */
	REMOVED

}
