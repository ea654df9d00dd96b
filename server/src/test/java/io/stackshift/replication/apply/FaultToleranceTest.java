package io.stackshift.replication.apply;

import java.util.List;
import java.util.UUID;

import io.stackshift.emulator.faults.FaultPlan;
import io.stackshift.emulator.faults.FaultRule;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.verify.VerificationReport;
import io.stackshift.replication.verify.Verifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applies under a destination that fails about one call in ten (500, 503, 429, dropped
 * connections, and calls performed but answered 500): every run ends with exactly the
 * planned objects, none twice.
 */
class FaultToleranceTest {

	@RegisterExtension
	static final EmulatedDestination destination = new EmulatedDestination();

	@AfterEach
	void calm() {
		destination.emulator.faults().clear();
	}

	@Test
	void runsUnderTenPercentFailuresEndWithExactlyThePlannedObjects() {
		int walks = 0;
		for (int run = 0; run < 30; run++) {
			Plan plan = destination.plan(1 + run % 2, "faulty-" + run);
			UUID execution = UUID.randomUUID();
			MemoryJournal journal = new MemoryJournal();
			destination.emulator.faults().replace(flaky(run));
			ApplyResult result = null;
			// a walk may give up on a step the cloud kept refusing; the next walk resumes
			for (int walk = 0; walk < 3 && (result == null || !result.completed()); walk++, walks++) {
				result = destination.apply(journal, execution, plan);
			}
			destination.emulator.faults().clear();

			assertThat(result.status()).as(result.summary()).isEqualTo(ApplyResult.Status.COMPLETED);
			Observed.assertExactlyPlanned(destination.cloud, execution, plan);
			VerificationReport report = new Verifier(destination.cloud).verify(plan, ApplyTest.ids(result));
			assertThat(report.matches()).as(report.toString()).isTrue();
		}
		assertThat(destination.emulator.stats().byFault()).containsKeys("PERFORMED_BUT_FAILED", "DROPPED");
		assertThat(walks).isLessThan(45);
	}

	private static FaultPlan flaky(long seed) {
		FaultRule rule = new FaultRule("*", "/v*", 0, 0, 0, 0.02, 0.02, 0.02, 0, 0.02, 0, null, 0.02, null);
		return new FaultPlan(List.of(rule), 0, seed);
	}

}
