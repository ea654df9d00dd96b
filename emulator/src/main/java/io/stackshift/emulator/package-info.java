/**
 * An OpenStack API emulator (Keystone, Neutron, Cinder, Nova) for tests, quick starts and
 * benchmarks: {@link io.stackshift.emulator.EmulatedCloud} starts one cloud on a free
 * port of 127.0.0.1, {@link io.stackshift.emulator.Standalone} runs one from the command
 * line.
 */
package io.stackshift.emulator;
