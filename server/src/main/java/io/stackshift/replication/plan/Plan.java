package io.stackshift.replication.plan;

import java.util.List;
import java.util.Optional;

/**
 * What a migration will do to the destination, computed before anything is created: steps
 * in an order the executor may follow one by one (every step after all it depends on),
 * and the warnings about what differs from the source. Two plans of the same input are
 * {@code equals}; a plan serialises to JSON as it is.
 *
 * @param steps the steps, topologically ordered, ties broken by kind then key
 * @param warnings what the operator should know, ordered by source then code
 */
public record Plan(List<Step> steps, List<Warning> warnings) {

	public Plan {
		steps = List.copyOf(steps);
		warnings = List.copyOf(warnings);
	}

	public Optional<Step> step(String key) {
		return this.steps.stream().filter((step) -> step.key().equals(key)).findFirst();
	}

	/**
	 * A text rendering in the manner of {@code terraform plan}.
	 * @return the plan as lines of text
	 */
	public String render() {
		return PlanText.render(this);
	}

}
