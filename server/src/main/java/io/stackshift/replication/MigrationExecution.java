package io.stackshift.replication;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.stackshift.openstack.CloudClients;
import io.stackshift.openstack.TenantCredentials;
import io.stackshift.openstack.TenantService;
import io.stackshift.openstack.client.CloudClient;
import io.stackshift.replication.apply.ApplyResult;
import io.stackshift.replication.apply.Checkpoint;
import io.stackshift.replication.apply.Executions;
import io.stackshift.replication.apply.Journal;
import io.stackshift.replication.apply.Secrets;
import io.stackshift.replication.apply.StepStatus;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.verify.VerificationReport;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries a migration's plan out in its destination cloud, under the migration's UUID as
 * the execution id, so that every run of the same migration resumes from the same
 * checkpoints. A run ends OK only when verification finds the destination as planned;
 * otherwise ERRED with the first failure or the differences (reference 1.2).
 */
@Service
public class MigrationExecution {

	private static final Logger log = LoggerFactory.getLogger(MigrationExecution.class);

	private static final String PROJECT_STEP = "project";

	private final Migrations migrations;

	private final MigrationOutcomes outcomes;

	private final MigrationLauncher launcher;

	private final Executions executions;

	private final Journal journal;

	private final CloudClients clients;

	private final TenantService tenants;

	private final TransactionTemplate transactions;

	private final int parallelism;

	/**
	 * Polls the cancel requests of the runs on this node, whichever node received them.
	 */
	private final ScheduledExecutorService cancelWatch = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "migration-cancel-watch");
		thread.setDaemon(true);
		return thread;
	});

	MigrationExecution(Migrations migrations, MigrationOutcomes outcomes, MigrationLauncher launcher,
			Executions executions, Journal journal, CloudClients clients, TenantService tenants,
			TransactionTemplate transactions, @Value("${stackshift.migrations.parallelism:4}") int parallelism) {
		this.migrations = migrations;
		this.outcomes = outcomes;
		this.launcher = launcher;
		this.executions = executions;
		this.journal = journal;
		this.clients = clients;
		this.tenants = tenants;
		this.transactions = transactions;
		this.parallelism = parallelism;
	}

	/**
	 * The migrations feature announces a new migration after its commit; the launched run
	 * claims it, since a commit callback cannot start a transaction of its own.
	 */
	@EventListener
	void scheduled(MigrationScheduled event) {
		this.launcher.launch(event.migration());
	}

	/**
	 * Claims the migration (CREATING) in a transaction of its own and launches its run;
	 * of two concurrent calls one claims it, the other finds it CREATING or loses the
	 * version check.
	 * @throws IllegalStateException when the migration is running or OK
	 */
	public void resume(UUID migration) {
		this.outcomes.started(migration);
		this.launcher.launch(migration);
	}

	/**
	 * One run, on the caller's thread: claims the migration unless it is claimed, applies
	 * what of the plan is not done, verifies, and records the outcome.
	 */
	public void run(UUID migration) {
		Target target;
		try {
			target = claim(migration);
		}
		catch (RuntimeException ex) {
			log.info("Migration {} not run: {}", migration, ex.getMessage());
			return;
		}
		ScheduledFuture<?> watch = this.cancelWatch.scheduleWithFixedDelay(() -> watchCancel(migration), 1, 1,
				TimeUnit.SECONDS);
		try {
			ApplyResult result = this.executions.execute(migration, target.plan(), target.destination(),
					target.secrets(), this.parallelism);
			recordProject(migration, target.tenant());
			if (result.status() == ApplyResult.Status.HALTED && this.launcher.revivesStoppedRuns()) {
				throw new RunStopped(migration);
			}
			if (!result.completed()) {
				String message = (result.status() == ApplyResult.Status.CANCELLED) ? "Cancelled."
						: result.failures()
							.stream()
							.findFirst()
							.map(ApplyResult.Failure::error)
							.orElse(result.summary());
				this.outcomes.failed(migration, message, result.summary());
				return;
			}
			this.outcomes.verified(migration, this.executions.verify(migration, target.plan(), target.destination()));
		}
		catch (RunStopped ex) {
			log.info("Migration {} stopped with its node; another node resumes it", migration);
			throw ex;
		}
		catch (RuntimeException ex) {
			log.warn("Migration {} failed", migration, ex);
			failQuietly(migration, ex);
		}
		finally {
			watch.cancel(false);
		}
	}

	/**
	 * A run this node stopped mid-way as it shuts down (drained, or interrupted after the
	 * grace): the migration stays CREATING, and the launcher has the run made again, here
	 * or elsewhere, from the checkpoints.
	 */
	public static final class RunStopped extends RuntimeException {

		RunStopped(UUID migration) {
			super("The run of migration " + migration + " stopped with its node.");
		}

	}

	/**
	 * Asks the migration's run to stop starting steps, on whichever node it runs: the
	 * request is stored, and this node stops its run at once if it has it.
	 * @return false when the migration is not CREATING
	 */
	public boolean cancel(UUID migration) {
		boolean requested = Boolean.TRUE
			.equals(this.transactions.execute((status) -> this.migrations.requestCancel(migration) == 1));
		if (requested) {
			this.executions.cancel(migration);
		}
		return requested;
	}

	private void watchCancel(UUID migration) {
		try {
			if (Boolean.TRUE
				.equals(this.transactions.execute((status) -> this.migrations.cancelRequested(migration)))) {
				this.executions.cancel(migration);
			}
		}
		catch (RuntimeException ex) {
			// the next poll asks again; the run goes on meanwhile
			log.debug("Cancel request of migration {} not read: {}", migration, ex.getMessage());
		}
	}

	@PreDestroy
	void stopWatching() {
		this.cancelWatch.shutdownNow();
	}

	/**
	 * Removes what the migration's runs created, recording each removal, so that a second
	 * call resumes.
	 * @return what could not be removed, with why
	 */
	public List<String> cleanup(UUID migration) {
		Target target = target(migration);
		return this.executions.cleanup(migration, target.plan(), target.destination());
	}

	/** Compares the destination, as it is now, with the plan. */
	public VerificationReport report(UUID migration) {
		Target target = target(migration);
		return this.executions.verify(migration, target.plan(), target.destination());
	}

	/** The checkpoints of the migration's steps by key; none before its first run. */
	public Map<String, Checkpoint> checkpoints(UUID migration) {
		return this.journal.load(migration);
	}

	/** How many steps are in each state, for the details body. */
	public Progress progress(Migration migration) {
		Map<String, Checkpoint> checkpoints = checkpoints(migration.getUuid());
		int total = migration.getPlan().steps().size();
		int done = count(checkpoints, StepStatus.DONE);
		int failed = count(checkpoints, StepStatus.FAILED);
		int running = count(checkpoints, StepStatus.RUNNING);
		return new Progress(total, done, failed, running, Math.max(0, total - done - failed - running));
	}

	/**
	 * Steps by state; pending counts what has not run, was skipped, or was removed by
	 * cleanup.
	 */
	public record Progress(int total, int done, int failed, int running, int pending) {
	}

	private static int count(Map<String, Checkpoint> checkpoints, StepStatus status) {
		return (int) checkpoints.values().stream().filter((checkpoint) -> checkpoint.status() == status).count();
	}

	private Target claim(UUID migration) {
		return this.transactions.execute((status) -> {
			Migration loaded = load(migration);
			if (loaded.getState() != Migration.State.CREATING) {
				this.outcomes.started(migration);
			}
			return target(loaded);
		});
	}

	private Target target(UUID migration) {
		return this.transactions.execute((status) -> target(load(migration)));
	}

	private Target target(Migration migration) {
		var tenant = migration.getDstTenant();
		CloudClient destination = this.clients.forCloud(tenant.getCloud());
		String password = tenant.credentials().map(TenantCredentials::password).orElse(null);
		Secrets secrets = (reference) -> {
			if (!MigrationPlanning.PASSWORD_REF.equals(reference) || password == null) {
				throw new IllegalStateException("No secret " + reference + " for migration " + migration.getUuid());
			}
			return password;
		};
		return new Target(migration.getPlan(), destination, secrets, tenant.getUuid());
	}

	/** The tenant names its Keystone project as soon as the project exists. */
	private void recordProject(UUID migration, UUID tenant) {
		Checkpoint project = this.journal.load(migration).get(PROJECT_STEP);
		if (project != null && project.status() == StepStatus.DONE) {
			this.tenants.createdAs(tenant, project.outcome().objectId());
		}
	}

	private void failQuietly(UUID migration, RuntimeException cause) {
		StringWriter trace = new StringWriter();
		cause.printStackTrace(new PrintWriter(trace));
		try {
			this.outcomes.failed(migration, String.valueOf(cause.getMessage()), trace.toString());
		}
		catch (RuntimeException ex) {
			log.error("Migration {} could not be marked ERRED", migration, ex);
		}
	}

	private Migration load(UUID uuid) {
		return this.migrations.findByUuid(uuid).orElseThrow(() -> new IllegalArgumentException("No migration " + uuid));
	}

	private record Target(Plan plan, CloudClient destination, Secrets secrets, UUID tenant) {
	}

}
