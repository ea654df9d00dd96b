package io.stackshift.replication.apply;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A journal that lives as long as the process: for a single run, a benchmark or a test,
 * where nothing needs to survive a restart.
 */
public final class MemoryJournal implements Journal {

	private final Map<UUID, Map<String, Checkpoint>> executions = new ConcurrentHashMap<>();

	private final Clock clock;

	public MemoryJournal() {
		this(Clock.systemUTC());
	}

	public MemoryJournal(Clock clock) {
		this.clock = clock;
	}

	@Override
	public synchronized Map<String, Checkpoint> load(UUID execution) {
		return new LinkedHashMap<>(of(execution));
	}

	@Override
	public synchronized void started(UUID execution, Collection<String> keys) {
		for (String key : keys) {
			Checkpoint before = of(execution).getOrDefault(key, Checkpoint.pending(key));
			put(execution, new Checkpoint(key, StepStatus.RUNNING, before.outcome(), before.attempts() + 1,
					this.clock.instant(), before.finishedAt(), null));
		}
	}

	@Override
	public synchronized void done(UUID execution, Map<String, StepOutcome> outcomes) {
		outcomes.forEach((key, outcome) -> {
			Checkpoint before = of(execution).getOrDefault(key, Checkpoint.pending(key));
			put(execution, new Checkpoint(key, StepStatus.DONE, outcome, before.attempts(), before.startedAt(),
					this.clock.instant(), null));
		});
	}

	@Override
	public synchronized void failed(UUID execution, Collection<String> keys, String error) {
		finish(execution, keys, StepStatus.FAILED, error);
	}

	@Override
	public synchronized void skipped(UUID execution, Collection<String> keys, String reason) {
		finish(execution, keys, StepStatus.SKIPPED, reason);
	}

	@Override
	public synchronized void removed(UUID execution, String key) {
		Checkpoint before = of(execution).getOrDefault(key, Checkpoint.pending(key));
		put(execution, new Checkpoint(key, StepStatus.REMOVED, before.outcome(), before.attempts(), before.startedAt(),
				this.clock.instant(), null));
	}

	private void finish(UUID execution, Collection<String> keys, StepStatus status, String error) {
		for (String key : keys) {
			Checkpoint before = of(execution).getOrDefault(key, Checkpoint.pending(key));
			put(execution, new Checkpoint(key, status, before.outcome(), before.attempts(), before.startedAt(),
					this.clock.instant(), error));
		}
	}

	private Map<String, Checkpoint> of(UUID execution) {
		return this.executions.computeIfAbsent(execution, (id) -> new LinkedHashMap<>());
	}

	private void put(UUID execution, Checkpoint checkpoint) {
		of(execution).put(checkpoint.key(), checkpoint);
	}

}
