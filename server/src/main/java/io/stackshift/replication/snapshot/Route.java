package io.stackshift.replication.snapshot;

/**
 * A static route, as a subnet host route or a router extra route.
 *
 * @param destination the destination prefix
 * @param nexthop the next hop address
 */
public record Route(String destination, String nexthop) {
}
