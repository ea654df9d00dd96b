/**
 * Migrations of OpenStack tenants between clouds: the
 * {@link io.stackshift.replication.Migration} and its lifecycle, the request checks of
 * the original (reference section 3, with its defects fixed), the snapshot read fresh
 * from the source cloud, and the plan stored with the migration. Sub-packages:
 * {@code snapshot} (the source as records), {@code plan} (the pure planner), {@code web}
 * (the API). Execution reads {@link io.stackshift.replication.MigrationScheduled} and
 * reports through {@link io.stackshift.replication.MigrationOutcomes}.
 */
package io.stackshift.replication;
