package io.stackshift.replication.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.stackshift.replication.plan.Action;
import io.stackshift.replication.plan.Kind;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.plan.Step;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The executor's rules on tiny graphs, with a recording stand-in for the cloud work.
 */
class ApplyExecutorTest {

	private final MemoryJournal journal = new MemoryJournal();

	private final UUID execution = UUID.randomUUID();

	@Test
	void aStepRunsOnlyAfterWhatItDependsOn() {
		Recording work = new Recording();
		Plan plan = plan(step("net", Kind.NETWORK), step("sub", Kind.SUBNET, "net"), step("port", Kind.PORT, "sub"));

		ApplyResult result = run(plan, work, 4);

		assertThat(result.completed()).isTrue();
		assertThat(work.calls).containsExactly(List.of("net"), List.of("sub"), List.of("port"));
	}

	@Test
	void readyStepsOfOneBatchGoOutInOneCallWithoutWaitingForOthers() {
		Recording work = new Recording();
		Plan plan = plan(step("a", Kind.NETWORK), step("b", Kind.NETWORK), step("late", Kind.NETWORK, "r"),
				step("r", Kind.ROUTER));

		run(plan, work, 4);

		assertThat(work.calls).contains(List.of("a", "b"), List.of("late"));
	}

	@Test
	void aFailureSkipsItsDependentsAndLetsIndependentBranchesFinish() {
		Recording work = new Recording();
		work.failing.add("sub");
		Plan plan = plan(step("net", Kind.NETWORK), step("sub", Kind.SUBNET, "net"), step("port", Kind.PORT, "sub"),
				step("route", Kind.ROUTER_ROUTES, "port"), step("router", Kind.ROUTER));

		ApplyResult result = run(plan, work, 4);

		assertThat(result.status()).isEqualTo(ApplyResult.Status.FAILED);
		assertThat(result.failures()).singleElement().satisfies((failure) -> {
			assertThat(failure.key()).isEqualTo("sub");
			assertThat(failure.error()).contains("subnet sub (sub)", "refused by the test");
			assertThat(failure.blocked()).containsExactly("port", "route");
		});
		assertThat(result.checkpoints().get("router").status()).isEqualTo(StepStatus.DONE);
		assertThat(result.checkpoints().get("route").status()).isEqualTo(StepStatus.SKIPPED);
	}

	@Test
	void stepsSharingALockNeverRunAtTheSameTime() {
		Recording work = new Recording();
		Plan plan = plan(step("router", Kind.ROUTER), child("if-1", Kind.ROUTER_INTERFACE, "router"),
				child("if-2", Kind.ROUTER_INTERFACE, "router"), child("if-3", Kind.ROUTER_INTERFACE, "router"));

		run(plan, work, 8);

		assertThat(work.mostAtOnce.get()).isEqualTo(1);
		assertThat(work.calls).hasSize(4);
	}

	@Test
	void independentStepsRunInParallelUpToTheLimit() {
		Recording work = new Recording();
		List<Step> routers = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			routers.add(step("router-" + i, Kind.ROUTER));
		}

		run(new Plan(routers, List.of()), work, 4);

		assertThat(work.mostAtOnce.get()).isEqualTo(4);
	}

	@Test
	void aSecondWalkRunsOnlyWhatIsNotDoneAndLooksFirstWhereAnAnswerWasLost() {
		Plan plan = plan(step("net", Kind.NETWORK), step("sub", Kind.SUBNET, "net"), step("router", Kind.ROUTER));
		this.journal.done(this.execution, Map.of("net", StepOutcome.created("id-net")));
		this.journal.started(this.execution, List.of("router"));
		Recording work = new Recording();

		ApplyResult result = run(plan, work, 4);

		assertThat(result.completed()).isTrue();
		assertThat(work.calls).containsExactlyInAnyOrder(List.of("sub"), List.of("router"));
		assertThat(work.lookedFirst).containsExactly("router");
		assertThat(result.checkpoints().get("net").outcome().objectId()).isEqualTo("id-net");
	}

	@Test
	void aStepAnEarlierWalkLeftInFlightWaitsUntilItsCallHasLandedWhileOthersGoOn() {
		Plan plan = plan(step("router", Kind.ROUTER), step("net", Kind.NETWORK), step("sub", Kind.SUBNET, "net"));
		this.journal.started(this.execution, List.of("router"));
		Recording work = new Recording() {
			@Override
			public Duration landing() {
				return Duration.ofMillis(400);
			}
		};
		Instant resumed = Instant.now();

		ApplyResult result = run(plan, work, 1);

		assertThat(result.completed()).isTrue();
		assertThat(work.calls).containsExactly(List.of("net"), List.of("sub"), List.of("router"));
		assertThat(work.startedAt.get("sub")).isBefore(resumed.plusMillis(400));
		assertThat(work.startedAt.get("router")).isAfterOrEqualTo(resumed.plusMillis(400));
		assertThat(work.lookedFirst).containsExactly("router");
	}

	@Test
	void aStepThatFailedIsLookedForAtOnceWhenTheWalkResumes() {
		this.journal.started(this.execution, List.of("router"));
		this.journal.failed(this.execution, List.of("router"), "router r (router): POST /v2.0/routers: CONFLICT (409)");
		Recording work = new Recording() {
			@Override
			public Duration landing() {
				return Duration.ofMinutes(1);
			}
		};
		Instant resumed = Instant.now();

		run(plan(step("router", Kind.ROUTER)), work, 4);

		assertThat(work.lookedFirst).containsExactly("router");
		assertThat(work.startedAt.get("router")).isBefore(resumed.plusSeconds(5));
	}

	@Test
	void aCancelledWalkDoesNotWaitForAnAbandonedCall() {
		this.journal.started(this.execution, List.of("router"));
		ApplyExecutor executor = new ApplyExecutor(this.journal, new OpenStackScheduling(), new Recording() {
			@Override
			public Duration landing() {
				return Duration.ofMinutes(1);
			}
		}, 4);
		executor.cancel();
		Instant resumed = Instant.now();

		ApplyResult result = executor.execute(this.execution, plan(step("router", Kind.ROUTER)));

		assertThat(result.status()).isEqualTo(ApplyResult.Status.CANCELLED);
		assertThat(Instant.now()).isBefore(resumed.plusSeconds(5));
	}

	@Test
	void quotasComeBeforeAnyOtherObjectEvenWithoutADependency() {
		Recording work = new Recording();
		Plan plan = plan(step("project", Kind.PROJECT), step("quotas", Kind.NEUTRON_QUOTAS, "project"),
				step("net", Kind.NETWORK));

		run(plan, work, 4);

		assertThat(work.calls).containsExactly(List.of("project"), List.of("quotas"), List.of("net"));
	}

	@Test
	void aCancelledWalkRecordsWhatWasInFlightAndStartsNothingMore() {
		ApplyResult result = runStoppedInFirstCall(ApplyExecutor::cancel);

		assertThat(result.status()).isEqualTo(ApplyResult.Status.CANCELLED);
		assertThat(result.checkpoints().get("net").status()).isEqualTo(StepStatus.DONE);
		assertThat(result.checkpoints()).doesNotContainKey("sub");
	}

	@Test
	void aStoppedWalkRecordsWhatWasInFlightAndEndsHaltedForTheNextWalk() {
		ApplyResult result = runStoppedInFirstCall(ApplyExecutor::stop);

		assertThat(result.status()).isEqualTo(ApplyResult.Status.HALTED);
		assertThat(result.checkpoints().get("net").status()).isEqualTo(StepStatus.DONE);
		assertThat(result.checkpoints()).doesNotContainKey("sub");
		Recording next = new Recording();
		assertThat(run(netAndSubnet(), next, 4).completed()).isTrue();
		assertThat(next.calls).containsExactly(List.of("sub"));
		assertThat(next.lookedFirst).isEmpty();
	}

	private static Plan netAndSubnet() {
		return plan(step("net", Kind.NETWORK), step("sub", Kind.SUBNET, "net"));
	}

	/**
	 * Walks {@link #netAndSubnet()}, stopping the executor from inside its first call.
	 */
	private ApplyResult runStoppedInFirstCall(Consumer<ApplyExecutor> stop) {
		ApplyExecutor[] executor = new ApplyExecutor[1];
		Recording work = new Recording() {
			@Override
			public Map<String, StepOutcome> perform(List<Step> steps, Results results, boolean mayHaveRun)
					throws InterruptedException {
				stop.accept(executor[0]);
				return super.perform(steps, results, mayHaveRun);
			}
		};
		executor[0] = new ApplyExecutor(this.journal, new OpenStackScheduling(), work, 4);
		return executor[0].execute(this.execution, netAndSubnet());
	}

	private ApplyResult run(Plan plan, Work work, int parallelism) {
		return new ApplyExecutor(this.journal, new OpenStackScheduling(), work, parallelism).execute(this.execution,
				plan);
	}

	private static Plan plan(Step... steps) {
		return new Plan(List.of(steps), List.of());
	}

	private static Step step(String key, Kind kind, String... dependsOn) {
		return new Step(key, kind, Action.CREATE, key, null, null, Map.of(), List.of(dependsOn));
	}

	private static Step child(String key, Kind kind, String parent) {
		return new Step(key, kind, Action.CREATE, key, parent, null, Map.of(), List.of());
	}

	/** Records each call (the keys it held) and how many ran at once. */
	private static class Recording implements Work {

		final List<List<String>> calls = Collections.synchronizedList(new ArrayList<>());

		final Set<String> failing = ConcurrentHashMap.newKeySet();

		final List<String> lookedFirst = Collections.synchronizedList(new ArrayList<>());

		final AtomicInteger running = new AtomicInteger();

		final Map<String, Instant> startedAt = new ConcurrentHashMap<>();

		final AtomicInteger mostAtOnce = new AtomicInteger();

		@Override
		public Map<String, StepOutcome> perform(List<Step> steps, Results results, boolean mayHaveRun)
				throws InterruptedException {
			this.mostAtOnce.accumulateAndGet(this.running.incrementAndGet(), Math::max);
			try {
				List<String> keys = steps.stream().map(Step::key).toList();
				this.calls.add(keys);
				keys.forEach((key) -> this.startedAt.put(key, Instant.now()));
				if (mayHaveRun) {
					this.lookedFirst.addAll(keys);
				}
				Thread.sleep(20);
				if (keys.stream().anyMatch(this.failing::contains)) {
					throw new IllegalStateException("refused by the test");
				}
				Map<String, StepOutcome> outcomes = new LinkedHashMap<>();
				keys.forEach((key) -> outcomes.put(key, StepOutcome.created("id-" + key)));
				return outcomes;
			}
			finally {
				this.running.decrementAndGet();
			}
		}

	}

}
