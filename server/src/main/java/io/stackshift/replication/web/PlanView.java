package io.stackshift.replication.web;

import java.util.List;
import java.util.Map;

import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.plan.Step;
import io.stackshift.replication.plan.Warning;

/**
 * A plan as the API shows it, for a preview and for a stored migration alike: every step
 * (kind, key, action, name, attributes, what it depends on and the source object it comes
 * from), the warnings, the text rendering, and the limits of the destination resource.
 */
record PlanView(List<Step> steps, List<Warning> warnings, String text, Map<String, Object> limits) {

	static PlanView of(Plan plan, Map<String, Object> limits) {
		return new PlanView(plan.steps(), plan.warnings(), plan.render(), limits);
	}

}
