package io.stackshift.replication.apply;

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

	/** The outcomes of the steps done so far, by key. */
	interface Results {

		StepOutcome of(String key);

		/** Every outcome recorded so far. */
		java.util.Collection<StepOutcome> all();

	}

}
