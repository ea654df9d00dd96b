package io.stackshift.openstack.client;

/** A Keystone user; its password is only ever sent, never read back. */
public record User(String id, String name, String domainId, String defaultProjectId, Boolean enabled,
		String description) {

	public static User named(String name, String domainId) {
		return new User(null, name, domainId, null, null, null);
	}

}
