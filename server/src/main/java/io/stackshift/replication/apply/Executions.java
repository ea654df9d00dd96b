package io.stackshift.replication.apply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.verify.VerificationReport;
import io.stackshift.replication.verify.Verifier;

import org.springframework.stereotype.Service;

/**
 * The entry point for the migrations feature: apply a stored plan to a destination under
 * an execution id the migration owns, resume it by calling {@link #execute} again with
 * the same id and plan, cancel it, verify it, clean up after it. The checkpoints live in
 * the {@link Journal}, so any node can resume an execution another node started.
 */
@Service
public class Executions {

	private final Journal journal;

	private final Map<UUID, ApplyExecutor> running = new ConcurrentHashMap<>();

	private volatile boolean stopping;

	public Executions(Journal journal) {
		this.journal = journal;
	}

	/**
	 * Applies what of the plan is not done yet and returns when nothing more can run.
	 * @param execution the id the checkpoints are kept under
	 * @param plan the plan; the same for every call with this id
	 * @param destination an admin client of the destination cloud
	 * @param secrets where the new user's password is read
	 * @param parallelism how many calls may be in flight; the destination's concurrency
	 * limit is the natural value, more only queues in the client
	 * @return how the walk ended, with every checkpoint and each failure once
	 */
	public ApplyResult execute(UUID execution, Plan plan, CloudClient destination, Secrets secrets, int parallelism) {
		ApplyExecutor executor = new ApplyExecutor(this.journal, new OpenStackScheduling(),
				new StepRunner(destination, execution, secrets), parallelism);
		if (this.running.putIfAbsent(execution, executor) != null) {
			throw new IllegalStateException("execution " + execution + " is already running on this node");
		}
		if (this.stopping) {
			executor.stop();
		}
		try {
			return executor.execute(execution, plan);
		}
		finally {
			this.running.remove(execution);
		}
	}

	/**
	 * Stops starting steps of a running execution; it returns once the steps in flight
	 * are recorded.
	 * @return whether the execution was running on this node
	 */
	public boolean cancel(UUID execution) {
		ApplyExecutor executor = this.running.get(execution);
		if (executor != null) {
			executor.cancel();
		}
		return executor != null;
	}

	/**
	 * This node is shutting down: its executions stop starting steps and return
	 * {@code HALTED} once the steps in flight are recorded; one started from now on
	 * returns at once. Returns without waiting.
	 */
	public void stopAll() {
		this.stopping = true;
		this.running.values().forEach(ApplyExecutor::stop);
	}

	/** Compares the destination with the plan, for the objects the journal records. */
	public VerificationReport verify(UUID execution, Plan plan, CloudClient destination) {
		Map<String, String> ids = new HashMap<>();
		this.journal.load(execution).forEach((key, checkpoint) -> {
			if (checkpoint.status() == StepStatus.DONE) {
				ids.put(key, checkpoint.outcome().objectId());
			}
		});
		return new Verifier(destination).verify(plan, ids);
	}

	/**
	 * Removes what the execution made; run again to resume.
	 * @return what could not be removed, with why; empty when all is gone
	 */
	public List<String> cleanup(UUID execution, Plan plan, CloudClient destination) {
		return new Cleanup(this.journal, destination).run(execution, plan);
	}

}
