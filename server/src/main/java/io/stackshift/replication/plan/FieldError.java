package io.stackshift.replication.plan;

/**
 * A rejected input value.
 *
 * @param field the path of the value, e.g. {@code mappings.subnets[1].dst_cidr}
 * @param message what is wrong, naming the value
 */
public record FieldError(String field, String message) {
}
