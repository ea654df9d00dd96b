package io.stackshift.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.stackshift.emulator.faults.FaultPlan;
import io.stackshift.emulator.seed.Topology;

/**
 * {@code java -jar stackshift-emulator.jar [--port 5000] [--seed topology.yaml|demo]
 * [--snapshot state.json] [--harness-latency]}: one cloud until interrupted.
 */
public final class Standalone {

	private Standalone() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		EmulatorOptions options = EmulatorOptions.defaults().withPort(5000);
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--port":
					options = options.withPort(Integer.parseInt(args[++i]));
					break;
				case "--seed":
					String seed = args[++i];
					options = options
						.withSeed(Files.exists(Path.of(seed)) ? Topology.read(Path.of(seed)) : Topology.bundled(seed));
					break;
				case "--snapshot":
					options = options.withSnapshot(Path.of(args[++i]));
					break;
				case "--harness-latency":
					options = options.withFaults(FaultPlan.harnessLatency());
					break;
				default:
					System.err.println("usage: java -jar stackshift-emulator.jar [--port 5000] "
							+ "[--seed topology.yaml|demo] [--snapshot state.json] [--harness-latency]");
					System.exit(2);
			}
		}
		EmulatedCloud cloud = EmulatedCloud.start(options);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			cloud.close();
			stopped.countDown();
		}));
		System.out.println("stackshift emulator: auth URL " + cloud.authUrl() + " (admin / "
				+ EmulatedCloud.ADMIN_PASSWORD + ", project admin, domain Default)");
		stopped.await();
	}

}
