package io.stackshift.replication.apply;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.stackshift.replication.plan.Step;

/**
 * What the executor hands ready steps to: performs them and says what each produced. A
 * batch is one or more steps of one batch name; either all of them succeed or the call
 * throws and none is recorded as done.
 */
@FunctionalInterface
public interface Work {

	/**
	 * @param steps the steps, all ready
	 * @param results what the steps done so far produced, for their references
	 * @param mayHaveRun whether an earlier walk may have sent these calls without seeing
	 * the answer (look before making anything)
	 * @return the outcome of every step by key
	 * @throws Exception when the steps could not be performed; the message names the
	 * object and quotes the cloud
	 */
	Map<String, StepOutcome> perform(List<Step> steps, Results results, boolean mayHaveRun) throws Exception;

	/**
	 * How long after an earlier walk sent a call it may still land: a crashed or stopped
	 * walk abandons its calls, but the cloud goes on with what it received. A step such a
	 * walk left in flight is looked for only this long after the next walk began, so that
	 * the look sees what the abandoned call made.
	 */
	default Duration landing() {
		return Duration.ZERO;
	}

	/** The outcomes of the steps done so far, by key. */
	interface Results {

		StepOutcome of(String key);

		/** Every outcome recorded so far. */
		java.util.Collection<StepOutcome> all();

	}

}
