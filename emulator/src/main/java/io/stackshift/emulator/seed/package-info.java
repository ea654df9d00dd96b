/**
 * Declarative topologies (YAML or JSON) and the seeder that creates them through the
 * emulator's own APIs, so seeded objects pass the same validations as a client's.
 */
package io.stackshift.emulator.seed;
