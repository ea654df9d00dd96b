package io.stackshift.openstack.inventory;

public interface TenantNetworks extends TenantObjects<TenantNetwork> {

}
