package io.stackshift.replication.apply;

import java.util.List;
import java.util.Map;

import io.stackshift.replication.plan.Step;

/**
 * Knows the OpenStack calls that perform steps of one kind.
 */
interface Performer {

	/**
	 * Performs the steps (one call for a batch where the kind has a bulk create).
	 * @return each step's outcome by key
	 */
	Map<String, StepOutcome> perform(List<Step> steps, Destination destination);

	/**
	 * Looks for what an earlier call whose answer was lost made for these steps: an
	 * object no other step has claimed that matches what the step asks for.
	 * @return the outcome of each step whose object was found, by key
	 */
	Map<String, StepOutcome> find(List<Step> steps, Destination destination);

}
