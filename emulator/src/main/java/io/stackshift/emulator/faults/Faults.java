package io.stackshift.emulator.faults;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The run-time fault switch of one cloud. The plan can be replaced at any time (from code
 * or from {@code PUT /_emulator/faults}); decisions are taken per call from the plan in
 * force.
 */
public final class Faults {

	private volatile Active active;

	public Faults(FaultPlan plan) {
		replace(plan);
	}

	public FaultPlan plan() {
		return this.active.plan;
	}

	public void replace(FaultPlan plan) {
		FaultPlan safe = (plan != null) ? plan : FaultPlan.none();
		List<AtomicInteger> budgets = safe.rules()
			.stream()
			.map((rule) -> new AtomicInteger((rule.times() != null) ? rule.times() : Integer.MAX_VALUE))
			.toList();
		Random random = (safe.seed() != null) ? new Random(safe.seed()) : new Random();
		this.active = new Active(safe, budgets, random);
	}

	public void clear() {
		replace(FaultPlan.none());
	}

	/** Adds a rule in front of the others, keeping the cap and seed. */
	public void inject(FaultRule rule) {
		FaultPlan plan = plan();
		List<FaultRule> rules = new java.util.ArrayList<>(plan.rules());
		rules.add(0, rule);
		replace(plan.withRules(rules));
	}

	public int maxConcurrent() {
		return this.active.plan.maxConcurrent();
	}

	public FaultDecision decide(String method, String path, int objects) {
		Active current = this.active;
		List<FaultRule> rules = current.plan.rules();
		for (int i = 0; i < rules.size(); i++) {
			FaultRule rule = rules.get(i);
			if (rule.matches(method, path)) {
				return decide(rule, current.budgets.get(i), current.random, objects);
			}
		}
		return FaultDecision.NOTHING;
	}

	private static FaultDecision decide(FaultRule rule, AtomicInteger budget, Random random, int objects) {
		long delay = rule.delayMillis(objects, random.nextDouble());
		Fault fault = rule.injectsFaults() ? rule.draw(random.nextDouble()) : Fault.NONE;
		if (fault != Fault.NONE && budget.getAndUpdate((left) -> Math.max(0, left - 1)) <= 0) {
			fault = Fault.NONE;
		}
		return new FaultDecision(delay, fault, rule.retryAfter(), rule.slowMillis());
	}

	private record Active(FaultPlan plan, List<AtomicInteger> budgets, Random random) {
	}

}
