package io.stackshift.openstack;

import io.stackshift.system.Identifiable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A Neutron network with {@code router:external} set: where routers get their gateway and
 * floating IPs their address.
 */
@Entity
@Table(name = "cloud_external_networks")
public class CloudExternalNetwork extends Identifiable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "settings_id")
	private Cloud cloud;

	@Column(nullable = false)
	private String backendId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private boolean shared;

	protected CloudExternalNetwork() {
	}

	public CloudExternalNetwork(Cloud cloud, String backendId) {
		this.cloud = cloud;
		this.backendId = backendId;
	}

	// @formatter:off
	public Cloud getCloud() { return this.cloud; }
	public String getBackendId() { return this.backendId; }
	public String getName() { return this.name; }
	public boolean isShared() { return this.shared; }
	// @formatter:on

	void read(io.stackshift.openstack.client.Network network) {
		this.name = (network.name() != null) ? network.name() : "";
		this.shared = Boolean.TRUE.equals(network.shared());
	}

}
