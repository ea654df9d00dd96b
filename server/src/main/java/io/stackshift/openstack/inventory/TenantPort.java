package io.stackshift.openstack.inventory;

import java.util.Arrays;
import java.util.List;

import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.client.Port;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import tools.jackson.core.type.TypeReference;

/**
 * A Neutron port of a tenant, whatever owns it (an instance, a router interface, DHCP).
 */
@Entity
@Table(name = "tenant_ports")
public class TenantPort extends TenantObject {

	/** An address on a subnet, the subnet by its OpenStack id. */
	public record FixedIp(String subnetId, String ipAddress) {
	}

	/** An extra address the port may send from. */
	public record AddressPair(String ipAddress, String macAddress) {
	}

	@Column(nullable = false)
	private String networkBackendId;

	private String macAddress;

	@Convert(converter = FixedIps.class)
	@Column(nullable = false)
	private List<FixedIp> fixedIps = List.of();

	@Convert(converter = TenantSubnet.Texts.class)
	@Column(nullable = false)
	private List<String> securityGroups = List.of();

	private Boolean portSecurityEnabled;

	@Convert(converter = AddressPairs.class)
	@Column(nullable = false)
	private List<AddressPair> allowedAddressPairs = List.of();

	private String deviceOwner;

	private String deviceId;

	private String status;

	private Boolean adminStateUp;

	protected TenantPort() {
	}

	TenantPort(Tenant tenant, String backendId) {
		super(tenant, backendId);
	}

	// @formatter:off
	public String getNetworkBackendId() { return this.networkBackendId; }
	public String getMacAddress() { return this.macAddress; }
	public List<FixedIp> getFixedIps() { return this.fixedIps; }
	public List<String> getSecurityGroups() { return this.securityGroups; }
	public Boolean getPortSecurityEnabled() { return this.portSecurityEnabled; }
	public List<AddressPair> getAllowedAddressPairs() { return this.allowedAddressPairs; }
	public String getDeviceOwner() { return this.deviceOwner; }
	public String getDeviceId() { return this.deviceId; }
	public String getStatus() { return this.status; }
	public Boolean getAdminStateUp() { return this.adminStateUp; }
	// @formatter:on

	void read(Port port) {
		named(port.name(), port.description());
		this.networkBackendId = port.networkId();
		this.macAddress = port.macAddress();
		this.fixedIps = listOf(port.fixedIps()).stream()
			.map((ip) -> new FixedIp(ip.subnetId(), ip.ipAddress()))
			.toList();
		this.securityGroups = listOf(port.securityGroups()).stream().sorted().toList();
		this.portSecurityEnabled = port.portSecurityEnabled();
		this.allowedAddressPairs = listOf(port.allowedAddressPairs()).stream()
			.map((pair) -> new AddressPair(pair.ipAddress(), pair.macAddress()))
			.toList();
		this.deviceOwner = port.deviceOwner();
		this.deviceId = port.deviceId();
		this.status = port.status();
		this.adminStateUp = port.adminStateUp();
	}

	@Override
	protected List<Object> attributes() {
		return Arrays.asList(this.networkBackendId, this.macAddress, this.fixedIps, this.securityGroups,
				this.portSecurityEnabled, this.allowedAddressPairs, this.deviceOwner, this.deviceId, this.status,
				this.adminStateUp);
	}

	@Converter
	public static class FixedIps extends JsonColumn<List<FixedIp>> {

		public FixedIps() {
			super(new TypeReference<>() {
			}, List.of());
		}

	}

	@Converter
	public static class AddressPairs extends JsonColumn<List<AddressPair>> {

		public AddressPairs() {
			super(new TypeReference<>() {
			}, List.of());
		}

	}

}
