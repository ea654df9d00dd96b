package io.stackshift.replication.plan;

/**
 * Something the plan does differently from the source, told to the operator; never read
 * by the executor.
 *
 * @param code a stable code, e.g. {@code ROUTE_DROPPED}
 * @param message what happens and why, in a sentence
 * @param source the key of the source object concerned (e.g. {@code router/abc})
 */
public record Warning(String code, String message, String source) {
}
