/**
 * Cinder v3 as far as tenant migration needs it: volume types (public and private with
 * access per project, extra specs) and quota sets with per-type keys and usage.
 */
package io.stackshift.emulator.cinder;
