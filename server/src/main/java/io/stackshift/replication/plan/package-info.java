/**
 * Turns a tenant snapshot into a plan; no I/O.
 *
 * <p>
 * {@link io.stackshift.replication.plan.Planner#plan} is a pure function of the snapshot,
 * the operator's {@link io.stackshift.replication.plan.Mappings}, the
 * {@link io.stackshift.replication.plan.DestinationFacts} and the
 * {@link io.stackshift.replication.plan.TenantRequest}: no Spring, no database, no HTTP,
 * no clock, no random numbers, nothing from {@code io.stackshift.openstack}. That is what
 * lets a plan be shown before anything is created, stored as JSON with the migration,
 * recomputed and compared ({@code equals}) on resume, and tested with generated
 * topologies.
 *
 * <p>
 * A plan is an ordered list of {@link io.stackshift.replication.plan.Step}s keyed by the
 * source object ({@code network/<source id>}, {@code router-interface/<router>/<subnet>},
 * ...). A value the executor will only know after another step ran (a new OpenStack id)
 * is a {@link io.stackshift.replication.plan.Ref} to that step's key, written in JSON as
 * {@code {"step": "<key>"}}; every referenced key is among the step's {@code depends_on}.
 * Which steps to batch (networks, subnets per network, ports per network, rules per
 * group) is the executor's choice; {@code kind} and {@code parent} tell it what it needs.
 * {@link io.stackshift.replication.plan.MappingCheck} validates the input with field
 * paths before anything is planned. {@code docs/plan.md} lists every kind with its
 * attributes, and the warnings.
 */
package io.stackshift.replication.plan;
