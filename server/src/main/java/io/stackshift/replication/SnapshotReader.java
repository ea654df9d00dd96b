package io.stackshift.replication;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.stackshift.openstack.CloudCatalogue;
import io.stackshift.openstack.CloudVolumeType;
import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.TenantQuota;
import io.stackshift.openstack.inventory.Inventory;
import io.stackshift.openstack.inventory.InventoryStore;
import io.stackshift.replication.snapshot.AllocationPool;
import io.stackshift.replication.snapshot.FixedIp;
import io.stackshift.replication.snapshot.FloatingIpSnapshot;
import io.stackshift.replication.snapshot.NetworkSnapshot;
import io.stackshift.replication.snapshot.PortSnapshot;
import io.stackshift.replication.snapshot.QuotaSnapshot;
import io.stackshift.replication.snapshot.Route;
import io.stackshift.replication.snapshot.RouterSnapshot;
import io.stackshift.replication.snapshot.SecurityGroupRuleSnapshot;
import io.stackshift.replication.snapshot.SecurityGroupSnapshot;
import io.stackshift.replication.snapshot.Snapshot;
import io.stackshift.replication.snapshot.SubnetSnapshot;
import io.stackshift.replication.snapshot.TenantSnapshot;
import io.stackshift.replication.snapshot.VolumeTypeSnapshot;

import org.springframework.stereotype.Component;

/**
 * Reads a source tenant fresh from its cloud into a {@link Snapshot}: the inventory is
 * pulled first (in the caller's transaction, so a rejected request leaves the stored
 * inventory as it was), then the stored objects are copied into the snapshot's records,
 * sorted by OpenStack id so that two reads of an unchanged tenant are equal.
 */
@Component
class SnapshotReader {

	private final Inventory inventory;

	private final CloudCatalogue catalogue;

	private final InventoryStore store;

	SnapshotReader(Inventory inventory, CloudCatalogue catalogue, InventoryStore store) {
		this.store = store;
		this.inventory = inventory;
		this.catalogue = catalogue;
	}

	Snapshot read(Tenant tenant) {
		this.inventory.pull(tenant.getUuid());
		return new Snapshot(new TenantSnapshot(tenant.getBackendId(), tenant.getName(), tenant.getDescription()),
				quotas(tenant.getQuotas()), volumeTypes(tenant), networks(tenant), subnets(tenant), routers(tenant),
				groups(tenant), ports(tenant), floatingIps(tenant),
				this.catalogue.defaultExternalNetwork(tenant.getCloud()).orElse(null));
	}

	private static QuotaSnapshot quotas(List<TenantQuota> quotas) {
		return quotas.isEmpty() ? QuotaSnapshot.NONE : new QuotaSnapshot(service(quotas, TenantQuota.NETWORK),
				service(quotas, TenantQuota.COMPUTE), service(quotas, TenantQuota.VOLUME));
	}

	private static Map<String, Long> service(List<TenantQuota> quotas, String service) {
		Map<String, Long> limits = new TreeMap<>();
		quotas.stream()
			.filter((quota) -> quota.service().equals(service))
			.forEach((quota) -> limits.put(quota.name(), quota.limit()));
		return limits;
	}

	private static List<VolumeTypeSnapshot> volumeTypes(Tenant tenant) {
		return sorted(tenant.getVolumeTypes().stream().map(CloudVolumeType.class::cast).toList(),
				(type) -> new VolumeTypeSnapshot(type.getBackendId(), type.getName()), VolumeTypeSnapshot::id);
	}

	private List<NetworkSnapshot> networks(Tenant tenant) {
		return sorted(this.store.networks().findByTenant(tenant),
				(network) -> new NetworkSnapshot(network.getBackendId(), network.getName(), network.getDescription(),
						network.getMtu(), !Boolean.FALSE.equals(network.getPortSecurityEnabled()), network.isShared(),
						network.isExternal()),
				NetworkSnapshot::id);
	}

	private List<SubnetSnapshot> subnets(Tenant tenant) {
		return sorted(this.store.subnets().findByTenant(tenant),
				(subnet) -> new SubnetSnapshot(subnet.getBackendId(), subnet.getNetworkBackendId(), subnet.getName(),
						subnet.getDescription(), subnet.getCidr(), subnet.getIpVersion(), subnet.getGatewayIp(),
						subnet.getAllocationPools()
							.stream()
							.map((pool) -> new AllocationPool(pool.start(), pool.end()))
							.toList(),
						subnet.getDnsNameservers(),
						subnet.getHostRoutes()
							.stream()
							.map((route) -> new Route(route.destination(), route.nexthop()))
							.toList(),
						!Boolean.FALSE.equals(subnet.getEnableDhcp()), subnet.getIpv6RaMode(),
						subnet.getIpv6AddressMode()),
				SubnetSnapshot::id);
	}

	private List<RouterSnapshot> routers(Tenant tenant) {
		return sorted(this.store.routers().findByTenant(tenant), (router) -> {
			RouterSnapshot.ExternalGateway gateway = (router.getExternalGateway() == null) ? null
					: new RouterSnapshot.ExternalGateway(router.getExternalGateway().networkId(),
							router.getExternalGateway()
								.externalFixedIps()
								.stream()
								.map((ip) -> new FixedIp(ip.subnetId(), ip.ipAddress()))
								.toList(),
							router.getExternalGateway().enableSnat());
			return new RouterSnapshot(router.getBackendId(), router.getName(), router.getDescription(), gateway, router
				.getInterfaces()
				.stream()
				.map((face) -> new RouterSnapshot.RouterInterface(face.subnetId(), face.portId(), face.ipAddress()))
				.toList(),
					router.getRoutes()
						.stream()
						.map((route) -> new Route(route.destination(), route.nexthop()))
						.toList());
		}, RouterSnapshot::id);
	}

	private List<SecurityGroupSnapshot> groups(Tenant tenant) {
		return sorted(this.store.groups().findByTenant(tenant),
				(group) -> new SecurityGroupSnapshot(group.getBackendId(), group.getName(), group.getDescription(),
						group.getRules()
							.stream()
							.map((rule) -> new SecurityGroupRuleSnapshot(rule.id(), rule.direction(), rule.ethertype(),
									rule.protocol(), rule.portRangeMin(), rule.portRangeMax(), rule.remoteIpPrefix(),
									rule.remoteGroupId(), rule.description()))
							.sorted(Comparator.comparing(SecurityGroupRuleSnapshot::id))
							.toList()),
				SecurityGroupSnapshot::id);
	}

	private List<PortSnapshot> ports(Tenant tenant) {
		return sorted(this.store.ports().findByTenant(tenant),
				(port) -> new PortSnapshot(port.getBackendId(), port.getNetworkBackendId(), port.getName(),
						port.getDescription(), port.getMacAddress(),
						port.getFixedIps().stream().map((ip) -> new FixedIp(ip.subnetId(), ip.ipAddress())).toList(),
						port.getSecurityGroups(), !Boolean.FALSE.equals(port.getPortSecurityEnabled()),
						port.getAllowedAddressPairs()
							.stream()
							.map((pair) -> new PortSnapshot.AddressPair(pair.ipAddress(), pair.macAddress()))
							.toList(),
						port.getDeviceOwner(), port.getDeviceId(), port.getStatus(), null),
				PortSnapshot::id);
	}

	private List<FloatingIpSnapshot> floatingIps(Tenant tenant) {
		return sorted(this.store.floatingIps().findByTenant(tenant), (ip) -> new FloatingIpSnapshot(ip.getBackendId(),
				ip.getFloatingIpAddress(), ip.getFloatingNetworkId(), ip.getPortBackendId(), ip.getFixedIpAddress()),
				FloatingIpSnapshot::id);
	}

	private static <E, R> List<R> sorted(List<E> stored, Function<E, R> record, Function<R, String> id) {
		return stored.stream().map(record).sorted(Comparator.comparing(id)).toList();
	}

}
