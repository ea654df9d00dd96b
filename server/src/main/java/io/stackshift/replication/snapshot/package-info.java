/**
 * What a source tenant looked like when it was read: immutable records of its project,
 * quotas, volume types, networks, subnets, routers, security groups, ports and floating
 * IPs, named after the OpenStack fields they hold.
 *
 * <p>
 * A snapshot is read once, stored as JSON with the migration and is the only input the
 * planner sees about the source (the original read ports later than the rest and could
 * plan from two different moments, defect B22). Records normalise absent lists to empty
 * lists so that two snapshots of the same tenant are {@code equals}. Nothing here knows
 * how the snapshot was read.
 */
package io.stackshift.replication.snapshot;
