package io.stackshift.openstack.inventory;

import org.springframework.stereotype.Component;

/**
 * The repositories of a tenant's inventory, one per kind, kept together: the pull writes
 * them all, and what reads a tenant whole (its API, the snapshot a migration takes) reads
 * them all.
 */
@Component
public record InventoryStore(TenantNetworks networks, TenantSubnets subnets, TenantRouters routers,
		TenantSecurityGroups groups, TenantPorts ports, TenantFloatingIps floatingIps) {

}
