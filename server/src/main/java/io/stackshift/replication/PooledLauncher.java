package io.stackshift.replication;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Runs migrations on a bounded pool of this node: a run holds a destination's API for
 * minutes, so it never runs on a request thread, and the pool size caps how many
 * destinations this node drives at once. Runs beyond the queue are refused rather than
 * piling up. Not durable: a run lost with its node stays CREATING until resumed; chosen
 * with {@code stackshift.migrations.launcher=pool}, {@link DurableLauncher} otherwise.
 */
@Component
@ConditionalOnProperty(name = "stackshift.migrations.launcher", havingValue = "pool")
class PooledLauncher implements MigrationLauncher {

	private final MigrationExecution execution;

	private final Set<UUID> active = ConcurrentHashMap.newKeySet();

	private final ThreadPoolExecutor pool;

	PooledLauncher(@Lazy MigrationExecution execution, @Value("${stackshift.migrations.runners:2}") int runners) {
		this.execution = execution;
		AtomicInteger count = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(runners, runners, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(100),
				(task) -> {
					Thread thread = new Thread(task, "migration-run-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	/** An in-memory pool: what it was running is gone with the node. */
	@Override
	public boolean revivesStoppedRuns() {
		return false;
	}

	@Override
	public boolean launch(UUID migration) {
		if (!this.active.add(migration)) {
			return false;
		}
		try {
			this.pool.execute(() -> {
				try {
					this.execution.run(migration);
				}
				finally {
					this.active.remove(migration);
				}
			});
			return true;
		}
		catch (RuntimeException ex) {
			this.active.remove(migration);
			throw ex;
		}
	}

	@PreDestroy
	void stop() {
		this.pool.shutdownNow();
	}

}
