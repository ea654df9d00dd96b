package io.stackshift.openstack.inventory;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.stackshift.marketplace.Resource;
import io.stackshift.openstack.CloudCatalogue;
import io.stackshift.openstack.CloudClients;
import io.stackshift.openstack.CloudVolumeType;
import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.TenantLimits;
import io.stackshift.openstack.Tenants;
import io.stackshift.openstack.client.CloudClient;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a tenant's stored inventory in step with its cloud. A pull reads everything the
 * cloud lists for the tenant's project first, then applies it in one transaction: objects
 * gone from the cloud are removed, new ones added, changed ones updated; the tenant's
 * quotas, visible volume types and its resource's limits follow.
 */
@Service
public class Inventory {

	private final Tenants tenants;

	private final CloudClients clients;

	private final CloudCatalogue catalogue;

	private final TransactionTemplate transactions;

	private final InventoryStore store;

	Inventory(Tenants tenants, CloudClients clients, CloudCatalogue catalogue, TransactionTemplate transactions,
			InventoryStore store) {
		this.store = store;
		this.tenants = tenants;
		this.clients = clients;
		this.catalogue = catalogue;
		this.transactions = transactions;
	}

	/** Pulls the tenant now; it must have a Keystone project. */
	public PullResult pull(UUID tenantUuid) {
		record Target(CloudClient client, String projectId) {
		}
		Target target = this.transactions.execute((status) -> {
			Tenant tenant = this.tenants.findByUuid(tenantUuid)
				.orElseThrow(() -> new IllegalArgumentException("No tenant " + tenantUuid));
			if (tenant.getBackendId() == null) {
				throw new IllegalStateException(tenant + " has no Keystone project to pull from");
			}
			return new Target(this.clients.forCloud(tenant.getCloud()), tenant.getBackendId());
		});
		CloudListing listing = CloudListing.read(target.client(), target.projectId());
		return this.transactions.execute((status) -> apply(this.tenants.findByUuid(tenantUuid).orElseThrow(), listing));
	}

	private PullResult apply(Tenant tenant, CloudListing listing) {
		Map<String, PullResult.Changes> changes = new LinkedHashMap<>();
		changes.put("networks", keep(tenant, this.store.networks(), listing.networks(), (network) -> network.id(),
				TenantNetwork::new, TenantNetwork::read));
		changes.put("subnets", keep(tenant, this.store.subnets(), listing.subnets(), (subnet) -> subnet.id(),
				TenantSubnet::new, TenantSubnet::read));
		changes.put("routers", keep(tenant, this.store.routers(), listing.routers(), (router) -> router.id(),
				TenantRouter::new, (entity, router) -> entity.read(router, listing.interfacesOf(router.id()))));
		changes.put("security_groups", keep(tenant, this.store.groups(), listing.groups(), (group) -> group.id(),
				TenantSecurityGroup::new, (entity, group) -> entity.read(group, listing.rulesOf(group.id()))));
		changes.put("ports", keep(tenant, this.store.ports(), listing.ports(), (port) -> port.id(), TenantPort::new,
				TenantPort::read));
		changes.put("floating_ips", keep(tenant, this.store.floatingIps(), listing.floatingIps(), (ip) -> ip.id(),
				TenantFloatingIp::new, TenantFloatingIp::read));
		Map<String, CloudVolumeType> types = this.catalogue.keepVolumeTypes(tenant.getCloud(), listing.volumeTypes());
		Set<CloudVolumeType> visible = new LinkedHashSet<>();
		listing.visibleVolumeTypeIds().forEach((id) -> visible.add(types.get(id)));
		tenant.pulled(listing.quotas(), visible, Instant.now());
		Resource resource = tenant.getResource();
		if (resource != null) {
			Map<String, Object> limits = TenantLimits.of(listing.quotas(), visible);
			if (!limits.equals(resource.getLimits())) {
				resource.setLimits(limits);
			}
		}
		return new PullResult(changes);
	}

	/**
	 * Makes the stored objects of one kind what the cloud lists: the reconciliation every
	 * kind shares.
	 */
	private static <E extends TenantObject, C> PullResult.Changes keep(Tenant tenant, TenantObjects<E> store,
			List<C> listed, Function<C, String> id, BiFunction<Tenant, String, E> create, BiConsumer<E, C> read) {
		Map<String, E> stored = new HashMap<>();
		store.findByTenant(tenant).forEach((entity) -> stored.put(entity.getBackendId(), entity));
		int added = 0;
		int updated = 0;
		for (C item : listed) {
			E entity = stored.remove(id.apply(item));
			if (entity == null) {
				entity = create.apply(tenant, id.apply(item));
				read.accept(entity, item);
				store.save(entity);
				added++;
			}
			else {
				List<Object> before = entity.state();
				read.accept(entity, item);
				if (!before.equals(entity.state())) {
					updated++;
				}
			}
		}
		store.deleteAll(stored.values());
		return new PullResult.Changes(added, updated, stored.size());
	}

}
