package io.stackshift.replication.plan;

import java.util.List;

import io.stackshift.replication.snapshot.TenantSnapshot;

/**
 * The destination project, its user and the user's role: name and description as
 * requested or from the source; credentials made outside the planner.
 */
final class TenantPlanning {

	private TenantPlanning() {
	}

	static void plan(TenantSnapshot source, TenantRequest request, Draft draft) {
		String name = (request.name() != null) ? request.name().strip() : source.name();
		String description = (request.description() != null) ? request.description() : source.description();
		draft.add(new Step(Keys.PROJECT, Kind.PROJECT, Action.CREATE, name, null, source.projectId(),
				Attributes.of().put("name", name).put("description", description).build(), List.of()));
		draft.add(new Step(Keys.USER, Kind.USER, Action.CREATE, request.username(), null, null,
				Attributes.of()
					.put("name", request.username())
					.put("password_ref", request.passwordRef())
					.put("default_project_id", Ref.to(Keys.PROJECT))
					.build(),
				List.of()));
		draft.add(new Step(Keys.ROLE_ASSIGNMENT, Kind.ROLE_ASSIGNMENT, Action.CREATE, "member", null, null,
				Attributes.of()
					.put("user_id", Ref.to(Keys.USER))
					.put("project_id", Ref.to(Keys.PROJECT))
					.put("role", "member")
					.build(),
				List.of()));
	}

}
