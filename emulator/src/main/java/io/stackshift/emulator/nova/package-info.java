/**
 * Nova v2.1 as far as tenant migration needs it: quota sets (with {@code /detail} and
 * {@code /defaults}) and flavors.
 */
package io.stackshift.emulator.nova;
