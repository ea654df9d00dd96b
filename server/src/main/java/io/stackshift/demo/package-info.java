/**
 * The quick start's demonstration: two emulated OpenStack clouds in the service's own
 * process, registered and offered, with a realistic tenant imported from the first, so
 * that a migration can be previewed, run and verified a minute after the first start.
 *
 * <p>
 * It switches itself on only where nothing real is configured (no datasource, no cloud of
 * the operator's) and never runs beside real clouds unless forced; nothing else in the
 * service knows it exists.
 */
package io.stackshift.demo;
