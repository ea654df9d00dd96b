package io.stackshift.replication;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
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
 * still CREATING and the execution id is the same.
 */
@Component
@ConditionalOnProperty(name = "stackshift.migrations.launcher", havingValue = "durable", matchIfMissing = true)
class DurableLauncher implements MigrationLauncher {

	static final String TASK = "migration-run";

	private final OneTimeTask<Void> task;

	private final Scheduler scheduler;

	DurableLauncher(DataSource dataSource, @Lazy MigrationExecution execution,
			@Value("${stackshift.migrations.runners:2}") int runners,
			@Value("${stackshift.migrations.heartbeat:5s}") Duration heartbeat) {
		this.task = Tasks.oneTime(TASK)
			.execute((instance, context) -> execution.run(UUID.fromString(instance.getId())));
		this.scheduler = Scheduler.create(dataSource, this.task)
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
	public boolean launch(UUID migration) {
		return this.scheduler.scheduleIfNotExists(this.task.instance(migration.toString()), Instant.now());
	}

	@PreDestroy
	void stop() {
		this.scheduler.stop();
	}

}
