package io.stackshift.emulator.faults;

/**
 * What happens to one call: its delay before handling, its fault and the fault's
 * parameters.
 */
public record FaultDecision(long delayMillis, Fault fault, int retryAfterSeconds, long slowMillis) {

	static final FaultDecision NOTHING = new FaultDecision(0, Fault.NONE, 0, 0);

}
