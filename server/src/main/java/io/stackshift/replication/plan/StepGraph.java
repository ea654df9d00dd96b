package io.stackshift.replication.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The steps of a plan as a graph: checks every dependency names a step, and orders them
 * so that each step comes after everything it depends on. Among steps ready at the same
 * time the one of the earlier {@link Kind} comes first (quotas before networks), then the
 * smaller key, so the order never depends on how the steps were collected.
 */
final class StepGraph {

	private static final Comparator<Step> TIES = Comparator.comparing(Step::kind).thenComparing(Step::key);

	private final Map<String, Step> steps = new LinkedHashMap<>();

	StepGraph(List<Step> steps) {
		for (Step step : steps) {
			if (this.steps.put(step.key(), step) != null) {
				throw new IllegalStateException("Two steps share the key " + step.key());
			}
		}
		for (Step step : steps) {
			for (String dependency : step.dependsOn()) {
				if (!this.steps.containsKey(dependency)) {
					throw new IllegalStateException(
							step.key() + " depends on " + dependency + ", which is not planned");
				}
			}
		}
	}

	List<Step> ordered() {
		Map<String, Integer> waitingFor = new HashMap<>();
		Map<String, List<Step>> dependents = new HashMap<>();
		PriorityQueue<Step> ready = new PriorityQueue<>(TIES);
		for (Step step : this.steps.values()) {
			waitingFor.put(step.key(), step.dependsOn().size());
			step.dependsOn().forEach((key) -> dependents.computeIfAbsent(key, (k) -> new ArrayList<>()).add(step));
			if (step.dependsOn().isEmpty()) {
				ready.add(step);
			}
		}
		List<Step> ordered = new ArrayList<>();
		while (!ready.isEmpty()) {
			Step step = ready.poll();
			ordered.add(step);
			for (Step dependent : dependents.getOrDefault(step.key(), List.of())) {
				if (waitingFor.merge(dependent.key(), -1, Integer::sum) == 0) {
					ready.add(dependent);
				}
			}
		}
		if (ordered.size() != this.steps.size()) {
			throw new IllegalStateException("Steps depend on each other in a cycle: " + cycle(waitingFor));
		}
		return ordered;
	}

	private String cycle(Map<String, Integer> waitingFor) {
		String start = waitingFor.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 0)
			.map(Map.Entry::getKey)
			.sorted()
			.findFirst()
			.orElseThrow();
		List<String> path = new ArrayList<>();
		String current = start;
		while (!path.contains(current)) {
			path.add(current);
			current = this.steps.get(current)
				.dependsOn()
				.stream()
				.filter((key) -> waitingFor.get(key) > 0)
				.findFirst()
				.orElseThrow();
		}
		path.add(current);
		return String.join(" -> ", path.subList(path.indexOf(current), path.size()));
	}

}
