package io.stackshift.openstack.inventory;

import java.util.Arrays;
import java.util.List;

import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.client.Network;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A Neutron network of a tenant. */
@Entity
@Table(name = "tenant_networks")
public class TenantNetwork extends TenantObject {

	private Integer mtu;

	private Boolean portSecurityEnabled;

	private String networkType;

	private Integer segmentationId;

	@Column(nullable = false)
	private boolean isExternal;

	@Column(nullable = false)
	private boolean shared;

	private Boolean adminStateUp;

	private String status;

	protected TenantNetwork() {
	}

	TenantNetwork(Tenant tenant, String backendId) {
		super(tenant, backendId);
	}

	// @formatter:off
	public Integer getMtu() { return this.mtu; }
	public Boolean getPortSecurityEnabled() { return this.portSecurityEnabled; }
	public String getNetworkType() { return this.networkType; }
	public Integer getSegmentationId() { return this.segmentationId; }
	public boolean isExternal() { return this.isExternal; }
	public boolean isShared() { return this.shared; }
	public Boolean getAdminStateUp() { return this.adminStateUp; }
	public String getStatus() { return this.status; }
	// @formatter:on

	void read(Network network) {
		named(network.name(), network.description());
		this.mtu = network.mtu();
		this.portSecurityEnabled = network.portSecurityEnabled();
		this.networkType = network.networkType();
		this.segmentationId = network.segmentationId();
		this.isExternal = Boolean.TRUE.equals(network.external());
		this.shared = Boolean.TRUE.equals(network.shared());
		this.adminStateUp = network.adminStateUp();
		this.status = network.status();
	}

	@Override
	protected List<Object> attributes() {
		return Arrays.asList(this.mtu, this.portSecurityEnabled, this.networkType, this.segmentationId, this.isExternal,
				this.shared, this.adminStateUp, this.status);
	}

}
