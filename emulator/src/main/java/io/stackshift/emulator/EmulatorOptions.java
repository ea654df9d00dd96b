package io.stackshift.emulator;

import java.nio.file.Path;
import java.time.Duration;

import io.stackshift.emulator.faults.FaultPlan;
import io.stackshift.emulator.seed.Topology;

/**
 * How to start a cloud.
 *
 * @param port the port on 127.0.0.1, 0 for a free one
 * @param faults the fault injection in force from the start
 * @param tokenLifetime how long tokens stay valid (Keystone's default is one hour, the
 * harness uses four)
 * @param snapshot a JSON file the state is loaded from at start (when it exists) and
 * saved to at close; null for none
 * @param seed a topology created at start, unless the state was restored from the
 * snapshot; null for none
 */
public record EmulatorOptions(int port, FaultPlan faults, Duration tokenLifetime, Path snapshot, Topology seed) {

	public EmulatorOptions {
		faults = (faults != null) ? faults : FaultPlan.none();
		tokenLifetime = (tokenLifetime != null) ? tokenLifetime : Duration.ofHours(4);
	}

	public static EmulatorOptions defaults() {
		return new EmulatorOptions(0, FaultPlan.none(), Duration.ofHours(4), null, null);
	}

	public EmulatorOptions withPort(int newPort) {
		return new EmulatorOptions(newPort, this.faults, this.tokenLifetime, this.snapshot, this.seed);
	}

	public EmulatorOptions withFaults(FaultPlan plan) {
		return new EmulatorOptions(this.port, plan, this.tokenLifetime, this.snapshot, this.seed);
	}

	public EmulatorOptions withTokenLifetime(Duration lifetime) {
		return new EmulatorOptions(this.port, this.faults, lifetime, this.snapshot, this.seed);
	}

	public EmulatorOptions withSnapshot(Path file) {
		return new EmulatorOptions(this.port, this.faults, this.tokenLifetime, file, this.seed);
	}

	public EmulatorOptions withSeed(Topology topology) {
		return new EmulatorOptions(this.port, this.faults, this.tokenLifetime, this.snapshot, topology);
	}

}
