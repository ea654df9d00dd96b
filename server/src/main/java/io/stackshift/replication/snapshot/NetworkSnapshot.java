package io.stackshift.replication.snapshot;

/**
 * A source network.
 *
 * @param id OpenStack id
 * @param name name (may be empty or shared with other networks: never used to match)
 * @param description description
 * @param mtu MTU, or {@code null} when unknown
 * @param portSecurityEnabled the network's port security default
 * @param shared whether the network is shared with other projects
 * @param routerExternal whether the network is external ({@code router:external})
 */
public record NetworkSnapshot(String id, String name, String description, Integer mtu, boolean portSecurityEnabled,
		boolean shared, boolean routerExternal) {

	public NetworkSnapshot {
		name = (name != null) ? name : "";
		description = (description != null) ? description : "";
	}

}
