package io.stackshift.replication.plan;

/**
 * The kind of destination object a step is about. The declaration order follows the
 * dependency order of a tenant's skeleton (identity, quotas, then the network) and breaks
 * ties between steps that are ready at the same time.
 */
public enum Kind {

	/** The Keystone project. */
	PROJECT("project"),
	/** The project's user. */
	USER("user"),
	/** The user's role on the project. */
	ROLE_ASSIGNMENT("role assignment"),
	/** Neutron quota set. */
	NEUTRON_QUOTAS("neutron quotas"),
	/** Nova quota set. */
	NOVA_QUOTAS("nova quotas"),
	/** Cinder quota set. */
	CINDER_QUOTAS("cinder quotas"),
	/** A security group (created, or the adopted {@code default}). */
	SECURITY_GROUP("security group"),
	/** A rule of a security group (parent: the group). */
	SECURITY_GROUP_RULE("security group rule"),
	/** A network. */
	NETWORK("network"),
	/** A subnet (parent: its network). */
	SUBNET("subnet"),
	/** A router without interfaces, routes or gateway. */
	ROUTER("router"),
	/** A router's external gateway (parent: the router). */
	ROUTER_GATEWAY("router gateway"),
	/** A router interface on one subnet at one address (parent: the router). */
	ROUTER_INTERFACE("router interface"),
	/** The full list of a router's extra routes (parent: the router). */
	ROUTER_ROUTES("router routes"),
	/** A port (parent: its network). */
	PORT("port"),
	/**
	 * Turning DHCP on for a subnet once its replicated ports hold their addresses
	 * (parent: the subnet).
	 */
	SUBNET_DHCP("subnet dhcp");

	private final String label;

	Kind(String label) {
		this.label = label;
	}

	/**
	 * The words the rendered plan uses.
	 * @return a lower-case label
	 */
	public String label() {
		return this.label;
	}

}
