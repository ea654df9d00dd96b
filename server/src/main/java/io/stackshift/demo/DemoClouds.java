package io.stackshift.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.stackshift.emulator.EmulatedCloud;
import io.stackshift.emulator.EmulatorOptions;
import io.stackshift.emulator.faults.FaultPlan;
import io.stackshift.emulator.faults.FaultRule;
import io.stackshift.emulator.seed.Topology;

/**
 * The two emulated clouds of the demo, "source" (seeded with the emulator's demo tenant)
 * and "destination" (empty but for its external network). They listen on free ports; the
 * registered service settings follow them at each start.
 */
final class DemoClouds implements AutoCloseable {

	private final EmulatedCloud source;

	private final EmulatedCloud destination;

	private DemoClouds(EmulatedCloud source, EmulatedCloud destination) {
		this.source = source;
		this.destination = destination;
	}

	/**
	 * @param stateFolder where each cloud's state is loaded from and saved to, or
	 * {@code null} to keep it in memory only
	 */
	static DemoClouds start(DemoProperties properties, Path stateFolder) {
		if (stateFolder != null) {
			try {
				Files.createDirectories(stateFolder);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot create the demo clouds' folder " + stateFolder, ex);
			}
		}
		EmulatedCloud source = EmulatedCloud.start(options(properties, stateFolder, "source", true));
		try {
			return new DemoClouds(source, EmulatedCloud.start(options(properties, stateFolder, "destination", false)));
		}
		catch (RuntimeException ex) {
			source.close();
			throw ex;
		}
	}

	private static EmulatorOptions options(DemoProperties properties, Path stateFolder, String name, boolean seeded) {
		EmulatorOptions options = EmulatorOptions.defaults().withFaults(latency(properties));
		Path snapshot = (stateFolder != null) ? stateFolder.resolve(name + ".json") : null;
		if (snapshot != null) {
			options = options.withSnapshot(snapshot);
		}
		// A saved state already holds the seeded tenant; seeding it again would clash.
		boolean fresh = snapshot == null || !snapshot.toFile().exists();
		return (seeded && fresh) ? options.withSeed(Topology.bundled("demo")) : options;
	}

	/**
	 * A flat few tens of milliseconds per call, a little more per object of a bulk call.
	 */
	private static FaultPlan latency(DemoProperties properties) {
		long millis = properties.latency().toMillis();
		if (millis <= 0) {
			return FaultPlan.none();
		}
		return FaultPlan.none().withRules(List.of(FaultRule.latency("*", "*", millis, millis / 3, millis / 3)));
	}

	EmulatedCloud source() {
		return this.source;
	}

	EmulatedCloud destination() {
		return this.destination;
	}

	@Override
	public void close() {
		try {
			this.destination.close();
		}
		finally {
			this.source.close();
		}
	}

}
