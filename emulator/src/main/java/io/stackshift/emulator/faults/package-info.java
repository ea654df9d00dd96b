/**
 * Fault injection: what may go wrong with a call (latency, errors, throttling, dropped
 * connections, slowness, a create performed but answered as failed) and the run-time
 * switch that decides it for each call. No HTTP here; the edge acts on the decisions.
 */
package io.stackshift.emulator.faults;
