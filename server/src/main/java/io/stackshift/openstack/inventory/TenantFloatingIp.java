package io.stackshift.openstack.inventory;

import java.util.Arrays;
import java.util.List;

import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.client.FloatingIp;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A floating IP of a tenant; its name is its address, as in Waldur.
 */
@Entity
@Table(name = "tenant_floating_ips")
public class TenantFloatingIp extends TenantObject {

	private String floatingNetworkId;

	private String floatingIpAddress;

	private String fixedIpAddress;

	private String portBackendId;

	private String routerBackendId;

	private String status;

	protected TenantFloatingIp() {
	}

	TenantFloatingIp(Tenant tenant, String backendId) {
		super(tenant, backendId);
	}

	// @formatter:off
	public String getFloatingNetworkId() { return this.floatingNetworkId; }
	public String getFloatingIpAddress() { return this.floatingIpAddress; }
	public String getFixedIpAddress() { return this.fixedIpAddress; }
	public String getPortBackendId() { return this.portBackendId; }
	public String getRouterBackendId() { return this.routerBackendId; }
	public String getStatus() { return this.status; }
	// @formatter:on

	void read(FloatingIp ip) {
		named(ip.floatingIpAddress(), ip.description());
		this.floatingNetworkId = ip.floatingNetworkId();
		this.floatingIpAddress = ip.floatingIpAddress();
		this.fixedIpAddress = ip.fixedIpAddress();
		this.portBackendId = ip.portId();
		this.routerBackendId = ip.routerId();
		this.status = ip.status();
	}

	@Override
	protected List<Object> attributes() {
		return Arrays.asList(this.floatingNetworkId, this.floatingIpAddress, this.fixedIpAddress, this.portBackendId,
				this.routerBackendId, this.status);
	}

}
