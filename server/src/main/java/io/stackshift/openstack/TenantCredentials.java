package io.stackshift.openstack;

/**
 * The Keystone user stackshift generated for a tenant it created. The password never
 * appears in {@link #toString()}.
 */
public record TenantCredentials(String username, String password) {

	@Override
	public String toString() {
		return "TenantCredentials[" + this.username + ", ***]";
	}

}
