package io.stackshift.replication.apply;

import java.util.Set;

import io.stackshift.replication.plan.Step;

/**
 * How the executor may group and order ready steps, beyond their dependencies. The
 * executor applies these rules without knowing why they hold.
 */
public interface Scheduling {

	/**
	 * Steps with the same non-null batch name that are ready together are performed in
	 * one call (up to {@link #maxBatch()}); {@code null}: the step runs alone.
	 */
	String batchOf(Step step);

	/**
	 * Names no two running calls may share; a step waits until none of its locks is held.
	 */
	Set<String> locksOf(Step step);

	/**
	 * A step runs only when every step of a lower phase is done, whether or not it
	 * depends on them.
	 */
	int phaseOf(Step step);

	/** The most steps one batched call may hold. */
	int maxBatch();

}
