package io.stackshift.replication.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.plan.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Walks a plan as a dependency graph. The rules (docs/executor.md):
 * <ol>
 * <li>A step runs once every step it depends on is done and every step of a lower phase
 * is done.</li>
 * <li>Ready steps of one batch name go out together, in chunks, so a batch never waits
 * for steps that are not ready yet and never holds back other kinds.</li>
 * <li>No two calls in flight share a lock (a router, a security group, a name).</li>
 * <li>At most {@code parallelism} calls are in flight.</li>
 * <li>A failed step's dependents are skipped; independent branches go on; the failure is
 * reported once with what it blocked.</li>
 * <li>Only the coordinating thread writes the journal, and a step's outcome is recorded
 * before anything that depends on it starts.</li>
 * <li>A walk over a journal with done steps runs only the others; a step an earlier walk
 * started without a recorded outcome is performed with {@code mayHaveRun}. One it left in
 * flight starts only {@link Work#landing()} after this walk began: the earlier walk sent
 * its last call before this one began, and that call has landed by then, so the look sees
 * what it made. Other steps go on meanwhile.</li>
 * </ol>
 */
public final class ApplyExecutor {

	private static final Logger log = LoggerFactory.getLogger(ApplyExecutor.class);

	private final Journal journal;

	private final Scheduling scheduling;

	private final Work work;

	private final int parallelism;

	private final BlockingQueue<Completion> completions = new LinkedBlockingQueue<>();

	private volatile boolean cancelled;

	private volatile boolean halted;

	private volatile boolean stopping;

	private volatile ExecutorService pool;

	public ApplyExecutor(Journal journal, Scheduling scheduling, Work work, int parallelism) {
		if (parallelism < 1) {
			throw new IllegalArgumentException("parallelism must be at least 1");
		}
		this.journal = journal;
		this.scheduling = scheduling;
		this.work = work;
		this.parallelism = parallelism;
	}

	/**
	 * Runs what of the plan is not done yet; returns when nothing more can run.
	 * @param execution the id the journal keeps the checkpoints under
	 * @param plan the plan, the same for every walk of one execution
	 * @return how the walk ended
	 */
	public ApplyResult execute(UUID execution, Plan plan) {
		Walk walk = new Walk(execution, plan, this.journal.load(execution));
		this.pool = Executors.newFixedThreadPool(this.parallelism);
		try {
			while (!this.halted) {
				if (!this.cancelled && !this.stopping) {
					dispatch(walk);
				}
				Instant landed = (this.cancelled || this.stopping) ? null : walk.nextLanding();
				if (walk.running == 0 && landed == null) {
					break;
				}
				Completion completion = (landed != null)
						? this.completions.poll(Duration.between(Instant.now(), landed).toNanos(), TimeUnit.NANOSECONDS)
						: this.completions.take();
				if (this.halted) {
					break;
				}
				if (completion != null) {
					record(walk, completion);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.halted = true;
		}
		finally {
			this.pool.shutdownNow();
		}
		ApplyResult result = walk.finish(this.halted, this.stopping, this.cancelled);
		log.info("Execution {} {}: {} of {} steps done", execution, result.status(),
				result.checkpoints().values().stream().filter((c) -> c.status() == StepStatus.DONE).count(),
				plan.steps().size());
		return result;
	}

	/** Stops starting steps; the walk returns once the steps in flight are recorded. */
	public void cancel() {
		this.cancelled = true;
	}

	/**
	 * Stops starting steps, as a node does when it shuts down: the walk returns
	 * {@code HALTED} once the steps in flight are recorded, so the walk that resumes the
	 * execution finds none of them in doubt and need not wait for their calls to land.
	 */
	public void stop() {
		this.stopping = true;
	}

	/**
	 * Stops at once, as a crash would: the threads are interrupted and nothing more is
	 * recorded. A later walk over the same journal finds the steps in flight started but
	 * not done.
	 */
	public void halt() {
		this.halted = true;
		ExecutorService running = this.pool;
		if (running != null) {
			running.shutdownNow();
		}
		this.completions.add(new Completion(List.of(), Map.of(), null));
	}

	private void dispatch(Walk walk) {
		Map<String, List<Step>> groups = new LinkedHashMap<>();
		for (Step step : walk.ready()) {
			String batch = this.scheduling.batchOf(step);
			groups
				.computeIfAbsent((batch != null) ? "batch:" + batch : "step:" + step.key(), (name) -> new ArrayList<>())
				.add(step);
		}
		for (List<Step> group : groups.values()) {
			for (int from = 0; from < group.size(); from += this.scheduling.maxBatch()) {
				if (walk.running >= this.parallelism || this.halted) {
					return;
				}
				List<Step> chunk = group.subList(from, Math.min(group.size(), from + this.scheduling.maxBatch()));
				Set<String> locks = new HashSet<>();
				chunk.forEach((step) -> locks.addAll(this.scheduling.locksOf(step)));
				if (locks.stream().anyMatch(walk.locks::contains)) {
					continue;
				}
				start(walk, List.copyOf(chunk), locks);
			}
		}
	}

	private void start(Walk walk, List<Step> chunk, Set<String> locks) {
		List<String> keys = chunk.stream().map(Step::key).toList();
		boolean mayHaveRun = keys.stream().anyMatch(walk.mayHaveRun::contains);
		this.journal.started(walk.execution, keys);
		walk.started(keys, locks);
		Runnable call = () -> {
			MDC.put("execution", walk.execution.toString());
			MDC.put("step", keys.get(0));
			try {
				Map<String, StepOutcome> outcomes = this.work.perform(chunk, walk.results, mayHaveRun);
				this.completions.add(new Completion(chunk, outcomes, null));
			}
			catch (Exception | Error ex) {
				this.completions.add(new Completion(chunk, Map.of(), ex));
			}
			finally {
				MDC.clear();
			}
		};
		try {
			this.pool.execute(call);
		}
		catch (RejectedExecutionException ex) {
			// halted between the check and the hand-over: the step stays started, as in a
			// crash
			this.halted = true;
		}
	}

	private void record(Walk walk, Completion completion) {
		List<String> keys = completion.steps().stream().map(Step::key).toList();
		Throwable failure = completion.failure();
		if (failure == null && !completion.outcomes().keySet().containsAll(keys)) {
			failure = new IllegalStateException("no outcome was reported for " + keys);
		}
		walk.finished(keys, completion.steps().stream().flatMap((s) -> this.scheduling.locksOf(s).stream()).toList());
		if (failure == null) {
			this.journal.done(walk.execution, completion.outcomes());
			walk.done(completion.outcomes());
			return;
		}
		String error = describe(completion.steps(), failure);
		this.journal.failed(walk.execution, keys, error);
		List<String> blocked = walk.failed(keys, error);
		log.warn("Execution {}: {}; {} steps blocked by it", walk.execution, error, blocked.size());
		if (!blocked.isEmpty()) {
			this.journal.skipped(walk.execution, blocked, "blocked by " + keys.get(0));
		}
	}

	private static String describe(List<Step> steps, Throwable failure) {
		Step first = steps.get(0);
		String what = first.kind().label() + " " + first.name() + " (" + first.key() + ")";
		if (steps.size() > 1) {
			what += " and " + (steps.size() - 1) + " more in the same call";
		}
		String message = (failure.getMessage() != null) ? failure.getMessage() : failure.getClass().getSimpleName();
		return what + ": " + message;
	}

	private record Completion(List<Step> steps, Map<String, StepOutcome> outcomes, Throwable failure) {
	}

	/** What one call of {@link #execute} keeps track of. */
	private final class Walk {

		final UUID execution;

		final Instant began = Instant.now();

		final Map<String, Step> steps = new LinkedHashMap<>();

		final Map<String, StepStatus> status = new LinkedHashMap<>();

		final Map<String, StepOutcome> outcomes = new ConcurrentHashMap<>();

		final Set<String> mayHaveRun = new HashSet<>();

		/**
		 * The steps an earlier walk left in flight, with when their calls have landed.
		 */
		final Map<String, Instant> landing = new HashMap<>();

		final Set<String> locks = new HashSet<>();

		final List<ApplyResult.Failure> failures = new ArrayList<>();

		final Work.Results results = new Work.Results() {

			@Override
			public StepOutcome of(String key) {
				return Walk.this.outcomes.get(key);
			}

			@Override
			public Collection<StepOutcome> all() {
				return List.copyOf(Walk.this.outcomes.values());
			}

		};

		int running;

		Walk(UUID execution, Plan plan, Map<String, Checkpoint> checkpoints) {
			this.execution = execution;
			for (Step step : plan.steps()) {
				this.steps.put(step.key(), step);
				Checkpoint checkpoint = checkpoints.getOrDefault(step.key(), Checkpoint.pending(step.key()));
				if (checkpoint.status() == StepStatus.DONE) {
					this.status.put(step.key(), StepStatus.DONE);
					this.outcomes.put(step.key(), checkpoint.outcome());
				}
				else {
					this.status.put(step.key(), StepStatus.PENDING);
					if (checkpoint.mayHaveRun()) {
						this.mayHaveRun.add(step.key());
					}
					if (checkpoint.status() == StepStatus.RUNNING) {
						this.landing.put(step.key(), this.began.plus(ApplyExecutor.this.work.landing()));
					}
				}
			}
		}

		/** When the next step held back for an abandoned call may start, if one is. */
		Instant nextLanding() {
			Instant now = Instant.now();
			return this.landing.keySet()
				.stream()
				.filter((key) -> this.status.get(key) == StepStatus.PENDING && awaitsLanding(key, now))
				.map(this.landing::get)
				.min(Comparator.naturalOrder())
				.orElse(null);
		}

		/** Whether the step waits for a call an earlier walk abandoned to land. */
		private boolean awaitsLanding(String key, Instant now) {
			Instant landed = this.landing.get(key);
			return landed != null && landed.isAfter(now);
		}

		List<Step> ready() {
			Instant now = Instant.now();
			int phase = this.steps.values()
				.stream()
				.filter((step) -> this.status.get(step.key()) != StepStatus.DONE)
				.mapToInt(ApplyExecutor.this.scheduling::phaseOf)
				.min()
				.orElse(Integer.MAX_VALUE);
			return this.steps.values()
				.stream()
				.filter((step) -> this.status.get(step.key()) == StepStatus.PENDING)
				.filter((step) -> !awaitsLanding(step.key(), now))
				.filter((step) -> ApplyExecutor.this.scheduling.phaseOf(step) <= phase)
				.filter((step) -> step.dependsOn().stream().allMatch((key) -> this.status.get(key) == StepStatus.DONE))
				.toList();
		}

		void started(List<String> keys, Set<String> held) {
			keys.forEach((key) -> this.status.put(key, StepStatus.RUNNING));
			this.locks.addAll(held);
			this.running++;
		}

		void finished(List<String> keys, List<String> released) {
			this.running--;
			this.locks.removeAll(released);
		}

		void done(Map<String, StepOutcome> done) {
			done.forEach((key, outcome) -> {
				this.status.put(key, StepStatus.DONE);
				this.outcomes.put(key, outcome);
			});
		}

		List<String> failed(List<String> keys, String error) {
			keys.forEach((key) -> this.status.put(key, StepStatus.FAILED));
			List<String> blocked = new ArrayList<>();
			boolean grew = true;
			while (grew) {
				grew = false;
				for (Step step : this.steps.values()) {
					if (this.status.get(step.key()) == StepStatus.PENDING && step.dependsOn()
						.stream()
						.anyMatch((key) -> keys.contains(key) || blocked.contains(key))) {
						this.status.put(step.key(), StepStatus.SKIPPED);
						blocked.add(step.key());
						grew = true;
					}
				}
			}
			this.failures.add(new ApplyResult.Failure(keys.get(0), error, blocked));
			return blocked;
		}

		ApplyResult finish(boolean halted, boolean stopping, boolean cancelled) {
			ApplyResult.Status result;
			if (halted) {
				result = ApplyResult.Status.HALTED;
			}
			else if (!this.failures.isEmpty()) {
				List<String> waiting = this.status.entrySet()
					.stream()
					.filter((entry) -> entry.getValue() == StepStatus.PENDING)
					.map(Map.Entry::getKey)
					.toList();
				if (!waiting.isEmpty() && !cancelled) {
					// steps of a later phase wait for a failed step they do not depend on
					ApplyExecutor.this.journal.skipped(this.execution, waiting,
							"blocked by " + this.failures.get(0).key());
					this.failures.get(0).blocked().addAll(waiting);
				}
				result = ApplyResult.Status.FAILED;
			}
			else if (this.status.values().stream().allMatch((s) -> s == StepStatus.DONE)) {
				result = ApplyResult.Status.COMPLETED;
			}
			else if (stopping) {
				result = ApplyResult.Status.HALTED;
			}
			else {
				result = ApplyResult.Status.CANCELLED;
			}
			return new ApplyResult(this.execution, result, ApplyExecutor.this.journal.load(this.execution),
					this.failures);
		}

	}

}
