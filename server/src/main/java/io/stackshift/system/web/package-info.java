/**
 * The API conventions every endpoint shares (Waldur-compatible): error bodies, pagination
 * with {@code Link} and {@code X-Result-Count}, UUIDs as 32 hex characters, request logs.
 */
package io.stackshift.system.web;
