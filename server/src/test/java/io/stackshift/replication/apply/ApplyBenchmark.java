package io.stackshift.replication.apply;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.stackshift.emulator.faults.FaultPlan;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.verify.VerificationReport;
import io.stackshift.replication.verify.Verifier;

/**
 * Not a test: applies S and M tenants to an emulated destination with the harness's
 * measured latencies, serially and in parallel, and prints wall time and calls by route.
 * Run from an IDE, or after
 * {@code ./mvnw -pl server test-compile dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test} with
 * {@code java -cp server/target/test-classes:server/target/classes:$(cat /tmp/cp.txt) io.stackshift.replication.apply.ApplyBenchmark}.
 */
public final class ApplyBenchmark {

	private ApplyBenchmark() {
	}

	public static void main(String[] args) {
		try (EmulatedDestination destination = new EmulatedDestination()) {
			destination.emulator.faults().replace(FaultPlan.harnessLatency());
			for (int tiers : new int[] { 3, 15 }) {
				for (int parallelism : new int[] { 1, 8 }) {
					run(destination, tiers, parallelism);
				}
			}
		}
	}

	private static void run(EmulatedDestination destination, int tiers, int parallelism) {
		Plan plan = destination.plan(tiers, "bench-" + tiers + "-" + parallelism);
		UUID execution = UUID.randomUUID();
		destination.emulator.stats().reset();
		long started = System.nanoTime();
		ApplyResult result = new ApplyExecutor(new MemoryJournal(), new OpenStackScheduling(),
				new StepRunner(destination.cloud, execution, SourceTenants.SECRETS), parallelism)
			.execute(execution, plan);
		long millis = (System.nanoTime() - started) / 1_000_000;
		Map<String, Long> calls = new TreeMap<>(destination.emulator.stats().byRoute());
		VerificationReport report = new Verifier(destination.cloud).verify(plan, ApplyTest.ids(result));
		System.out.printf("%n%s tenant (%d tiers, %d steps), parallelism %d: %s in %d ms, %d calls, verified: %s%n",
				(tiers <= 3) ? "S" : "M", tiers, plan.steps().size(), parallelism, result.status(), millis,
				calls.values().stream().mapToLong(Long::longValue).sum(), report.matches());
		calls.forEach((route, count) -> System.out.printf("  %5d  %s%n", count, route));
	}

}
