/**
 * Applies a stored plan to the destination cloud, cleans up after it, and keeps the
 * journal that makes both resumable. The migrations feature calls
 * {@link io.stackshift.replication.apply.Executions}; docs/executor.md states the rules.
 *
 * <p>
 * Three layers, each ignorant of the one above:
 * {@link io.stackshift.replication.apply.ApplyExecutor} walks the plan as a dependency
 * graph (readiness, batching, locks, phases, failures and the dependents they block) and
 * knows steps, not OpenStack; the performers (one {@code Performer} per kind, driven by
 * {@link io.stackshift.replication.apply.StepRunner}) know which OpenStack call makes
 * each kind of step and how to find what a call with a lost answer may already have made;
 * the cloud client knows nothing of migrations. Every step's result is checkpointed in
 * the {@link io.stackshift.replication.apply.Journal} in the transaction that marks it
 * done, so a new walk over the same journal runs only what is not done.
 * {@link io.stackshift.replication.apply.Cleanup} undoes an execution from its journal.
 */
package io.stackshift.replication.apply;
