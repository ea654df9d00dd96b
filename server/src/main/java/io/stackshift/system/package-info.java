/**
 * Cross-cutting pieces every feature relies on: settings, secrets at rest and the
 * bootstrap.
 */
package io.stackshift.system;
