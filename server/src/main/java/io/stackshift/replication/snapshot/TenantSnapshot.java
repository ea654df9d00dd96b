package io.stackshift.replication.snapshot;

/**
 * The source Keystone project.
 *
 * @param projectId the project's OpenStack id
 * @param name its name
 * @param description its description (may be empty)
 */
public record TenantSnapshot(String projectId, String name, String description) {

	public TenantSnapshot {
		description = (description != null) ? description : "";
	}

}
