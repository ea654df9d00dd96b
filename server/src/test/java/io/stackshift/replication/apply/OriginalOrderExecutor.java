package io.stackshift.replication.apply;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.replication.plan.Action;
import io.stackshift.replication.plan.Kind;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.plan.Step;

/**
 * The baseline: applies a plan the way the original does (waldur-replication.md 5.2): one
 * object per call, strictly one call after another, in the original's order: project,
 * users, quotas, the default group and its rules, routers, then network by network each
 * network followed by its subnets, each subnet connected to its router at once, then the
 * other groups in dependency order, each followed by its rules, the external gateway, and
 * the ports. It performs the steps with stackshift's own {@link StepRunner}, so both
 * executors send the same requests through the same client and differ only in grouping
 * and order. Two departures, both in the original's favour: the router's routes are set
 * after its interfaces (Neutron refuses a next hop on a subnet not yet attached, so the
 * original's early route call only works for empty routes), and none of the original's
 * extra reads (rule and router look-ups, the final pulls) are made.
 */
final class OriginalOrderExecutor {

	private final StepRunner runner;

	private final Journal journal;

	OriginalOrderExecutor(CloudClient cloud, UUID execution, Journal journal) {
		this.runner = new StepRunner(cloud, execution, SourceTenants.SECRETS);
		this.journal = journal;
	}

	/** Performs every step; the first failure stops the walk, as in the original. */
	Map<String, StepOutcome> apply(UUID execution, Plan plan) throws InterruptedException {
		Map<String, StepOutcome> done = new LinkedHashMap<>();
		Work.Results results = new Work.Results() {
			@Override
			public StepOutcome of(String key) {
				return done.get(key);
			}

			@Override
			public Collection<StepOutcome> all() {
				return done.values();
			}
		};
		for (Step step : order(plan)) {
			this.journal.started(execution, List.of(step.key()));
			Map<String, StepOutcome> outcome = this.runner.perform(List.of(step), results, false);
			this.journal.done(execution, outcome);
			done.putAll(outcome);
		}
		return done;
	}

	/**
	 * The original's order where the plan's dependencies allow it: repeatedly the
	 * earliest step, by the original's position, whose dependencies are done.
	 */
	static List<Step> order(Plan plan) {
		Map<String, Integer> position = new HashMap<>();
		List<Step> wanted = preferred(plan);
		for (int i = 0; i < wanted.size(); i++) {
			position.putIfAbsent(wanted.get(i).key(), i);
		}
		List<Step> pending = new ArrayList<>(plan.steps());
		pending.sort((a, b) -> Integer.compare(position.get(a.key()), position.get(b.key())));
		Set<String> done = new LinkedHashSet<>();
		List<Step> order = new ArrayList<>();
		while (!pending.isEmpty()) {
			Step next = pending.stream()
				.filter((step) -> done.containsAll(step.dependsOn()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("plan has a cycle among " + pending.size() + " steps"));
			pending.remove(next);
			done.add(next.key());
			order.add(next);
		}
		return order;
	}

	private static List<Step> preferred(Plan plan) {
		List<Step> steps = plan.steps();
		List<Step> order = new ArrayList<>();
		for (Kind kind : List.of(Kind.PROJECT, Kind.USER, Kind.ROLE_ASSIGNMENT, Kind.CINDER_QUOTAS, Kind.NOVA_QUOTAS,
				Kind.NEUTRON_QUOTAS)) {
			order.addAll(of(steps, kind));
		}
		List<Step> groups = of(steps, Kind.SECURITY_GROUP);
		groups.stream().filter(OriginalOrderExecutor::isDefault).forEach((group) -> withRules(steps, group, order));
		order.addAll(of(steps, Kind.ROUTER));
		for (Step network : of(steps, Kind.NETWORK)) {
			order.add(network);
			for (Step subnet : children(steps, Kind.SUBNET, network.key())) {
				order.add(subnet);
				of(steps, Kind.ROUTER_INTERFACE).stream()
					.filter((i) -> i.dependsOn().contains(subnet.key()))
					.forEach(order::add);
			}
		}
		groups.stream().filter((g) -> !isDefault(g)).forEach((group) -> withRules(steps, group, order));
		order.addAll(of(steps, Kind.ROUTER_ROUTES));
		order.addAll(of(steps, Kind.ROUTER_GATEWAY));
		order.addAll(of(steps, Kind.PORT));
		order.addAll(steps);
		return order;
	}

	private static boolean isDefault(Step group) {
		return group.action() == Action.ADOPT || "default".equals(group.name());
	}

	private static void withRules(List<Step> steps, Step group, List<Step> order) {
		order.add(group);
		order.addAll(children(steps, Kind.SECURITY_GROUP_RULE, group.key()));
	}

	private static List<Step> of(List<Step> steps, Kind kind) {
		return steps.stream().filter((step) -> step.kind() == kind).toList();
	}

	private static List<Step> children(List<Step> steps, Kind kind, String parent) {
		return steps.stream().filter((step) -> step.kind() == kind && parent.equals(step.parent())).toList();
	}

}
