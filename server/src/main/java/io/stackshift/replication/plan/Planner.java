package io.stackshift.replication.plan;

import java.util.List;

import io.stackshift.replication.snapshot.Snapshot;

/**
 * Turns a source snapshot, the operator's mappings and the facts about the destination
 * into a {@link Plan}. The function is pure: no I/O, no clock, no randomness, no state
 * between calls, so the same input always gives an equal plan, a plan can be previewed
 * before anything exists, and apply can be resumed against a plan recomputed later.
 */
public final class Planner {

	private Planner() {
	}

	/**
	 * Plans a migration.
	 * @param snapshot the source tenant
	 * @param mappings what the operator asked to change or restrict
	 * @param destination what the destination cloud offers
	 * @param request the destination project's name, description and credentials
	 * @return the plan
	 * @throws MappingsRejected when {@link MappingCheck} finds problems in the input
	 */
	public static Plan plan(Snapshot snapshot, Mappings mappings, DestinationFacts destination, TenantRequest request) {
		List<FieldError> errors = MappingCheck.check(snapshot, mappings, destination, request);
		if (!errors.isEmpty()) {
			throw new MappingsRejected(errors);
		}
		Scope scope = new Scope(snapshot, mappings);
		Draft draft = new Draft();
		TenantPlanning.plan(snapshot.tenant(), request, draft);
		new NetworkPlanning(scope, PortPlanning.replicated(snapshot, scope, mappings), draft).plan();
		new SecurityGroupPlanning(snapshot, scope, destination, draft).plan();
		new RouterPlanning(snapshot, scope, mappings, destination, draft).plan();
		if (mappings.syncInstancePorts()) {
			new PortPlanning(snapshot, scope, draft).plan();
		}
		new QuotaPlanning(snapshot, mappings, destination, draft).plan();
		return draft.toPlan();
	}

}
