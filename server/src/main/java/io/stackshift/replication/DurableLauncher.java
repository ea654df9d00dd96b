package io.stackshift.replication;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.stackshift.replication.apply.Executions;
import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs migrations as db-scheduler one-time tasks (table {@code scheduled_tasks}, V6), one
 * per migration, its UUID the task instance. The node that picks a run writes heartbeats;
 * when they stop (the node died mid-run) another node's scheduler revives the task, and
 * {@link MigrationExecution#run} resumes from the checkpoints, since the migration is
 * still CREATING and the execution id is the same. A task names the node running it
 * ({@code picked_by}): {@code stackshift.migrations.node}, or the host name. A node that
 * shuts down mid-run gives its runs back ({@link MigrationExecution.RunStopped}).
 */
@Component
@ConditionalOnProperty(name = "stackshift.migrations.launcher", havingValue = "durable", matchIfMissing = true)
class DurableLauncher implements MigrationLauncher {

	static final String TASK = "migration-run";

	private final CustomTask<Void> task;

	private final Scheduler scheduler;

	private final Executions executions;

	DurableLauncher(DataSource dataSource, @Lazy MigrationExecution execution,
			@Value("${stackshift.migrations.runners:2}") int runners,
			@Value("${stackshift.migrations.heartbeat:5s}") Duration heartbeat,
			@Value("${stackshift.migrations.node:}") String node, Executions executions) {
		this.executions = executions;
		this.task = Tasks.custom(TASK, Void.class)
			.onDeadExecutionRevive()
			// what escaped a run (the database was unreachable, say) is tried again later
			.onFailure((complete, operations) -> operations.reschedule(complete,
					Instant.now().plus(Duration.ofMinutes(5))))
			.execute((instance, context) -> {
				try {
					execution.run(UUID.fromString(instance.getId()));
					return new CompletionHandler.OnCompleteRemove<>();
				}
				catch (MigrationExecution.RunStopped stopped) {
					// given back by a stopping node: due again at once, so another node's
					// scheduler picks it at its next poll and resumes from the
					// checkpoints
					return (complete, operations) -> operations.reschedule(complete, Instant.now());
				}
			});
		this.scheduler = Scheduler.create(dataSource, this.task)
			.schedulerName(node.isBlank() ? new SchedulerName.Hostname() : new SchedulerName.Fixed(node))
			.threads(runners)
			.heartbeatInterval(heartbeat)
			.pollingInterval(Duration.ofSeconds(2))
			.enableImmediateExecution()
			.shutdownMaxWait(Duration.ofSeconds(5))
			.build();
	}

	/** Polls only once Flyway made the table and the application can run migrations. */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.scheduler.start();
	}

	@Override
	public boolean revivesStoppedRuns() {
		return true;
	}

	@Override
	public boolean launch(UUID migration) {
		return this.scheduler.scheduleIfNotExists(this.task.instance(migration.toString()), Instant.now());
	}

	/**
	 * Lets the runs of this node finish the calls they have in flight while the scheduler
	 * stops polling, so the node that resumes them finds no step in doubt; a run still
	 * busy after the scheduler's grace is interrupted as in a crash.
	 */
	@PreDestroy
	void stop() {
		this.executions.stopAll();
		this.scheduler.stop();
	}

}
