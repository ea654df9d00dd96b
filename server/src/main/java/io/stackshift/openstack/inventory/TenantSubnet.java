package io.stackshift.openstack.inventory;

import java.util.Arrays;
import java.util.List;

import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.client.Subnet;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import tools.jackson.core.type.TypeReference;

/** A Neutron subnet of a tenant. */
@Entity
@Table(name = "tenant_subnets")
public class TenantSubnet extends TenantObject {

	/** An address range Neutron hands out. */
	public record AllocationPool(String start, String end) {
	}

	/** A route pushed to instances by DHCP. */
	public record HostRoute(String destination, String nexthop) {
	}

	@Column(nullable = false)
	private String networkBackendId;

	@Column(nullable = false)
	private String cidr;

	@Column(nullable = false)
	private int ipVersion;

	private String gatewayIp;

	private Boolean enableDhcp;

	@Convert(converter = Pools.class)
	@Column(nullable = false)
	private List<AllocationPool> allocationPools = List.of();

	@Convert(converter = Texts.class)
	@Column(nullable = false)
	private List<String> dnsNameservers = List.of();

	@Convert(converter = Routes.class)
	@Column(nullable = false)
	private List<HostRoute> hostRoutes = List.of();

	private String ipv6AddressMode;

	private String ipv6RaMode;

	protected TenantSubnet() {
	}

	TenantSubnet(Tenant tenant, String backendId) {
		super(tenant, backendId);
	}

	// @formatter:off
	public String getNetworkBackendId() { return this.networkBackendId; }
	public String getCidr() { return this.cidr; }
	public int getIpVersion() { return this.ipVersion; }
	public String getGatewayIp() { return this.gatewayIp; }
	public Boolean getEnableDhcp() { return this.enableDhcp; }
	public List<AllocationPool> getAllocationPools() { return this.allocationPools; }
	public List<String> getDnsNameservers() { return this.dnsNameservers; }
	public List<HostRoute> getHostRoutes() { return this.hostRoutes; }
	public String getIpv6AddressMode() { return this.ipv6AddressMode; }
	public String getIpv6RaMode() { return this.ipv6RaMode; }
	// @formatter:on

	void read(Subnet subnet) {
		named(subnet.name(), subnet.description());
		this.networkBackendId = subnet.networkId();
		this.cidr = subnet.cidr();
		this.ipVersion = (subnet.ipVersion() != null) ? subnet.ipVersion() : (subnet.cidr().contains(":") ? 6 : 4);
		this.gatewayIp = subnet.gatewayIp();
		this.enableDhcp = subnet.enableDhcp();
		this.allocationPools = listOf(subnet.allocationPools()).stream()
			.map((pool) -> new AllocationPool(pool.start(), pool.end()))
			.toList();
		this.dnsNameservers = listOf(subnet.dnsNameservers());
		this.hostRoutes = listOf(subnet.hostRoutes()).stream()
			.map((route) -> new HostRoute(route.destination(), route.nexthop()))
			.toList();
		this.ipv6AddressMode = subnet.ipv6AddressMode();
		this.ipv6RaMode = subnet.ipv6RaMode();
	}

	@Override
	protected List<Object> attributes() {
		return Arrays.asList(this.networkBackendId, this.cidr, this.ipVersion, this.gatewayIp, this.enableDhcp,
				this.allocationPools, this.dnsNameservers, this.hostRoutes, this.ipv6AddressMode, this.ipv6RaMode);
	}

	@Converter
	public static class Pools extends JsonColumn<List<AllocationPool>> {

		public Pools() {
			super(new TypeReference<>() {
			}, List.of());
		}

	}

	@Converter
	public static class Routes extends JsonColumn<List<HostRoute>> {

		public Routes() {
			super(new TypeReference<>() {
			}, List.of());
		}

	}

	/** A list of texts (DNS servers, security group ids). */
	@Converter
	public static class Texts extends JsonColumn<List<String>> {

		public Texts() {
			super(new TypeReference<>() {
			}, List.of());
		}

	}

}
