package io.stackshift.replication.snapshot;

/**
 * A range of addresses DHCP may hand out.
 *
 * @param start first address
 * @param end last address
 */
public record AllocationPool(String start, String end) {
}
