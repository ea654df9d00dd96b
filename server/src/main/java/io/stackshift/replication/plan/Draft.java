package io.stackshift.replication.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The steps and warnings collected by the planning passes, before they are ordered.
 */
final class Draft {

	private final List<Step> steps = new ArrayList<>();

	private final List<Warning> warnings = new ArrayList<>();

	void add(Step step) {
		this.steps.add(step);
	}

	void warn(String code, String source, String message) {
		this.warnings.add(new Warning(code, message, source));
	}

	List<Step> steps() {
		return List.copyOf(this.steps);
	}

	long count(Kind kind, Action action) {
		return this.steps.stream().filter((step) -> step.kind() == kind && step.action() == action).count();
	}

	Plan toPlan() {
		List<Warning> sorted = this.warnings.stream()
			.sorted(Comparator.comparing(Warning::source).thenComparing(Warning::code).thenComparing(Warning::message))
			.toList();
		return new Plan(new StepGraph(this.steps).ordered(), sorted);
	}

}
