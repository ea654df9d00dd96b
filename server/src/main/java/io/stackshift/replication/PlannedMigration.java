package io.stackshift.replication;

import java.util.Map;

import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.snapshot.Snapshot;

/**
 * What planning a request produced, before anything is stored.
 *
 * @param snapshot the source tenant as read
 * @param plan the plan
 * @param limits the destination resource's limits
 * @param name the destination's name
 * @param description the destination's description
 */
public record PlannedMigration(Snapshot snapshot, Plan plan, Map<String, Object> limits, String name,
		String description) {
}
