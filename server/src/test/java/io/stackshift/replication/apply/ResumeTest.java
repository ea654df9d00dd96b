package io.stackshift.replication.apply;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.stackshift.emulator.faults.FaultPlan;
import io.stackshift.replication.plan.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An executor stopped abruptly mid-run, as a crashed node would stop, and a new one
 * resuming from the same journal: the run completes with no object made twice.
 */
class ResumeTest {

	@RegisterExtension
	static final EmulatedDestination destination = new EmulatedDestination();

	@BeforeAll
	static void start() {
		destination.emulator.faults().replace(FaultPlan.harnessLatency());
	}

	@ParameterizedTest(name = "halted after {0} steps")
	@ValueSource(ints = { 3, 12, 24 })
	void aNewExecutorFinishesWhatAHaltedOneStartedWithoutDuplicates(int doneBeforeHalt) throws Exception {
		Plan plan = destination.plan(3, "resumed-" + doneBeforeHalt);
		UUID execution = UUID.randomUUID();
		MemoryJournal journal = new MemoryJournal();
		ApplyExecutor first = destination.executor(journal, execution);
		CompletableFuture<ApplyResult> running = CompletableFuture.supplyAsync(() -> first.execute(execution, plan));
		while (done(journal, execution) < doneBeforeHalt) {
			Thread.sleep(5);
		}
		first.halt();
		assertThat(running.get(10, TimeUnit.SECONDS).status()).isEqualTo(ApplyResult.Status.HALTED);
		assertThat(journal.load(execution).values()).anyMatch((c) -> c.status() == StepStatus.RUNNING);

		ApplyResult resumed = destination.apply(journal, execution, plan);

		assertThat(resumed.status()).as(resumed.summary()).isEqualTo(ApplyResult.Status.COMPLETED);
		Observed.assertExactlyPlanned(destination.cloud, execution, plan);
	}

	private static long done(MemoryJournal journal, UUID execution) {
		return journal.load(execution).values().stream().filter((c) -> c.status() == StepStatus.DONE).count();
	}

}
