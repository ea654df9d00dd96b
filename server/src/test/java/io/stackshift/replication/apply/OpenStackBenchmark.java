package io.stackshift.replication.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.replication.plan.Plan;

/**
 * The benchmark against a real OpenStack (the loopback harness), when
 * {@code STACKSHIFT_BENCH_AUTH_URL} is set: both executors migrate the tenant, each
 * result is verified and then deleted again, whatever happened. Real latencies replace
 * the model, so there is no lower bound, and the calls are not counted (only the emulator
 * counts them).
 */
final class OpenStackBenchmark {

	static final String AUTH_URL = "STACKSHIFT_BENCH_AUTH_URL";

	private OpenStackBenchmark() {
	}

	static boolean configured() {
		return System.getenv(AUTH_URL) != null;
	}

	static Map<String, Object> measure(BenchmarkTenants.Size size, BenchmarkOptions options) throws Exception {
		CloudClient cloud = MigrationBenchmark.client(System.getenv(AUTH_URL), env("STACKSHIFT_BENCH_USER", "admin"),
				env("STACKSHIFT_BENCH_PASSWORD", "admin-secret"), options.cap());
		String external = MigrationBenchmark.externalNetwork(cloud);
		String run = UUID.randomUUID().toString().substring(0, 6);
		Plan ours = BenchmarkTenants.plan(size, options.seed(), external, "ss-bench-" + run);
		Plan theirs = BenchmarkTenants.plan(size, options.seed(), external, "ss-base-" + run);
		MemoryJournal journal = new MemoryJournal();
		Executions executions = new Executions(journal);
		UUID execution = UUID.randomUUID();
		UUID baselineExecution = UUID.randomUUID();
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("size", size.name());
		row.put("target", "openstack");
		row.put("steps", ours.steps().size());
		try {
			long started = System.nanoTime();
			ApplyResult result = executions.execute(execution, ours, cloud, SourceTenants.SECRETS, options.cap());
			double stackshift = (System.nanoTime() - started) / 1e9;
			started = System.nanoTime();
			new OriginalOrderExecutor(cloud, baselineExecution, journal).apply(baselineExecution, theirs);
			double baseline = (System.nanoTime() - started) / 1e9;
			row.put("stackshift_seconds", Math.round(stackshift * 100) / 100.0);
			row.put("baseline_seconds", Math.round(baseline * 100) / 100.0);
			row.put("ratio", Math.round(baseline / stackshift * 100) / 100.0);
			row.put("lower_bound_seconds", null);
			row.put("calls", null);
			row.put("completed", result.completed());
			row.put("verified", executions.verify(execution, ours, cloud).matches()
					&& executions.verify(baselineExecution, theirs, cloud).matches());
		}
		finally {
			List<String> problems = new ArrayList<>(executions.cleanup(execution, ours, cloud));
			problems.addAll(executions.cleanup(baselineExecution, theirs, cloud));
			row.put("cleanup_problems", problems);
		}
		System.out.printf("%n== %s on OpenStack: stackshift %s s, baseline %s s, ratio %s, verified %s, cleanup %s%n",
				size.name(), row.get("stackshift_seconds"), row.get("baseline_seconds"), row.get("ratio"),
				row.get("verified"), row.get("cleanup_problems"));
		return row;
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return (value != null) ? value : otherwise;
	}

}
