package io.stackshift.replication.apply;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's command line: {@code --sizes=S,M,L --latency=30 --cap=8 --seed=42
 * --out=target/benchmark.json}, each optional.
 *
 * @param sizes the tenant sizes to migrate, in order
 * @param latencyMs the per-call latency of the emulated cloud
 * @param cap the emulated API's concurrency cap, also stackshift's parallelism
 * @param seed decides the tenants' wiring
 * @param output where the JSON results go
 */
record BenchmarkOptions(List<BenchmarkTenants.Size> sizes, long latencyMs, int cap, long seed, Path output) {

	static BenchmarkOptions parse(String... args) {
		List<BenchmarkTenants.Size> sizes = List.of(BenchmarkTenants.Size.S, BenchmarkTenants.Size.M);
		long latency = 30;
		int cap = 8;
		long seed = 42;
		Path output = Path.of("target", "benchmark.json");
		for (String arg : args) {
			String[] pair = arg.split("=", 2);
			if (pair.length != 2) {
				throw new IllegalArgumentException("expected --name=value, got " + arg);
			}
			switch (pair[0]) {
				case "--sizes" -> sizes = Arrays.stream(pair[1].split(",")).map(BenchmarkTenants.Size::named).toList();
				case "--latency" -> latency = Long.parseLong(pair[1]);
				case "--cap" -> cap = Integer.parseInt(pair[1]);
				case "--seed" -> seed = Long.parseLong(pair[1]);
				case "--out" -> output = Path.of(pair[1]);
				default -> throw new IllegalArgumentException(
						"unknown option " + pair[0] + " (--sizes, --latency, --cap, --seed, --out)");
			}
		}
		return new BenchmarkOptions(sizes, latency, cap, seed, output.toAbsolutePath());
	}

}
