package io.stackshift.replication.apply;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.stackshift.emulator.EmulatedCloud;
import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.CloudCredentials;
import io.stackshift.openstack.client.Network;
import io.stackshift.openstack.client.RetryPolicy;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.verify.VerificationReport;
import io.stackshift.replication.verify.Verifier;

/**
 * Not a test: migrates generated S, M (and on request L) tenants to an emulated cloud
 * with a modelled per-call latency and concurrency cap, once with stackshift's executor
 * and once with the {@link OriginalOrderExecutor baseline}, and prints the wall times,
 * the calls by route, the {@link LowerBound lower bound} and peak heap per size; the same
 * as JSON to {@code --out}. See the README section "Benchmark" for the command.
 */
public final class MigrationBenchmark {

	private MigrationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkOptions options = BenchmarkOptions.parse(args);
		LatencyModel model = new LatencyModel(options.latencyMs(), options.cap());
		System.out.printf("latency %d ms per call (+ per-object cost of bulk creates), cap %d, seed %d%n",
				options.latencyMs(), options.cap(), options.seed());
		List<Map<String, Object>> results = new ArrayList<>();
		for (BenchmarkTenants.Size size : options.sizes()) {
			try (EmulatedCloud emulator = EmulatedCloud.start()) {
				emulator.faults().replace(model.faultPlan());
				results.add(measure(size, options, model, emulator));
			}
		}
		if (OpenStackBenchmark.configured()) {
			// L would need more quota than a harness project has
			for (BenchmarkTenants.Size size : options.sizes()) {
				if (size != BenchmarkTenants.Size.L) {
					results.add(OpenStackBenchmark.measure(size, options));
				}
			}
		}
		Files.createDirectories(options.output().getParent());
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(options.output().toFile(), results);
		System.out.printf("%nJSON written to %s%n", options.output());
	}

	private static Map<String, Object> measure(BenchmarkTenants.Size size, BenchmarkOptions options, LatencyModel model,
			EmulatedCloud emulator) throws Exception {
		CloudClient cloud = client(emulator.authUrl(), EmulatedCloud.ADMIN_USER, EmulatedCloud.ADMIN_PASSWORD,
				options.cap());
		String external = externalNetwork(cloud);
		Plan ours = BenchmarkTenants.plan(size, options.seed(), external, "ss-" + size.name().toLowerCase());
		Plan theirs = BenchmarkTenants.plan(size, options.seed(), external, "base-" + size.name().toLowerCase());
		LowerBound bound = LowerBound.of(ours, model, new OpenStackScheduling());

		UUID execution = UUID.randomUUID();
		Measured stackshift = timed(emulator, () -> {
			ApplyResult result = new ApplyExecutor(new MemoryJournal(), new OpenStackScheduling(),
					new StepRunner(cloud, execution, SourceTenants.SECRETS), options.cap())
				.execute(execution, ours);
			if (!result.completed()) {
				throw new IllegalStateException("stackshift did not complete: " + result.summary());
			}
			return ApplyTest.ids(result);
		});
		UUID baselineExecution = UUID.randomUUID();
		Measured baseline = timed(emulator, () -> {
			Map<String, String> ids = new TreeMap<>();
			new OriginalOrderExecutor(cloud, baselineExecution, new MemoryJournal()).apply(baselineExecution, theirs)
				.forEach((key, outcome) -> ids.put(key, outcome.objectId()));
			return ids;
		});
		boolean verified = verified("stackshift", cloud, ours, stackshift.ids())
				& verified("baseline", cloud, theirs, baseline.ids());

		Map<String, Object> row = new LinkedHashMap<>();
		row.put("size", size.name());
		row.put("target", "emulator");
		row.put("steps", ours.steps().size());
		row.put("stackshift_seconds", stackshift.seconds());
		row.put("baseline_seconds", baseline.seconds());
		row.put("ratio", round(baseline.seconds() / stackshift.seconds()));
		row.put("lower_bound_seconds", bound.millis() / 1000.0);
		row.put("lower_bound_chain_seconds", bound.chainMs() / 1000.0);
		row.put("lower_bound_work_seconds", bound.workMs() / 1000.0);
		row.put("stackshift_over_lower_bound", round(stackshift.seconds() / (bound.millis() / 1000.0)));
		row.put("calls", Map.of("stackshift", stackshift.calls(), "baseline", baseline.calls()));
		row.put("calls_total", Map.of("stackshift", total(stackshift.calls()), "baseline", total(baseline.calls())));
		row.put("peak_heap_mb", Map.of("stackshift", stackshift.peakHeapMb(), "baseline", baseline.peakHeapMb()));
		row.put("verified", verified);
		row.put("latency_ms", options.latencyMs());
		row.put("cap", options.cap());
		row.put("seed", options.seed());
		print(row, stackshift, baseline);
		return row;
	}

	/** Both executors must have built what the plan says, or the times mean nothing. */
	private static boolean verified(String executor, CloudClient cloud, Plan plan, Map<String, String> ids) {
		VerificationReport report = new Verifier(cloud).verify(plan, ids);
		if (!report.matches()) {
			System.out.printf("%s: the destination differs from the plan: %s%n", executor, report);
		}
		return report.matches();
	}

	/** What one executor's run took. */
	private record Measured(double seconds, Map<String, Long> calls, long peakHeapMb, Map<String, String> ids) {
	}

	private static Measured timed(EmulatedCloud emulator, Callable<Map<String, String>> run) throws Exception {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		emulator.stats().reset();
		long started = System.nanoTime();
		Map<String, String> ids = run.call();
		double seconds = round((System.nanoTime() - started) / 1e9);
		Map<String, Long> calls = new TreeMap<>(emulator.stats().byRoute());
		long peak = heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
		return new Measured(seconds, calls, peak, ids);
	}

	private static void print(Map<String, Object> row, Measured stackshift, Measured baseline) {
		System.out.printf("%n== %s: %s steps, verified %s%n", row.get("size"), row.get("steps"), row.get("verified"));
		System.out.printf("  %-54s %12s %12s%n", "", "stackshift", "baseline");
		System.out.printf("  %-54s %12.2f %12.2f   ratio %.2f%n", "seconds", stackshift.seconds(), baseline.seconds(),
				row.get("ratio"));
		System.out.printf("  %-54s %12.2f   stackshift / bound %.2f (chain %.2f s, work %.2f s / cap)%n",
				"lower bound seconds", row.get("lower_bound_seconds"), row.get("stackshift_over_lower_bound"),
				row.get("lower_bound_chain_seconds"), row.get("lower_bound_work_seconds"));
		System.out.printf("  %-54s %12d %12d%n", "peak heap MB", stackshift.peakHeapMb(), baseline.peakHeapMb());
		System.out.printf("  %-54s %12d %12d%n", "calls", total(stackshift.calls()), total(baseline.calls()));
		TreeMap<String, Long> routes = new TreeMap<>(stackshift.calls());
		baseline.calls().keySet().forEach((route) -> routes.putIfAbsent(route, 0L));
		routes.keySet()
			.forEach((route) -> System.out.printf("    %-52s %12d %12d%n", route,
					stackshift.calls().getOrDefault(route, 0L), baseline.calls().getOrDefault(route, 0L)));
	}

	static CloudClient client(String authUrl, String user, String password, int cap) {
		// bulk creates of a hundred ports take seconds under the model: a long timeout
		return new CloudClient(CloudCredentials.of(authUrl, user, password)
			.projectName("admin", "Default")
			.requestTimeout(Duration.ofSeconds(300))
			.maxConcurrentRequests(cap)
			.build(), RetryPolicy.defaults());
	}

	static String externalNetwork(CloudClient cloud) {
		return cloud.networking()
			.networks()
			.list(Map.of("router:external", true))
			.stream()
			.map(Network::id)
			.findFirst()
			.orElse(null);
	}

	private static long total(Map<String, Long> calls) {
		return calls.values().stream().mapToLong(Long::longValue).sum();
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
