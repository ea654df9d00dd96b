package io.stackshift.openstack.client;

import java.util.List;

/** A Keystone project (tenant). */
public record Project(String id, String name, String description, String domainId, Boolean enabled, String parentId,
		List<String> tags) {

	public static Project named(String name, String domainId) {
		return new Project(null, name, null, domainId, null, null, null);
	}

	public Project withDescription(String description) {
		return new Project(this.id, this.name, description, this.domainId, this.enabled, this.parentId, this.tags);
	}

	public Project withTags(List<String> tags) {
		return new Project(this.id, this.name, this.description, this.domainId, this.enabled, this.parentId, tags);
	}

}
