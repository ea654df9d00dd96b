package io.stackshift.openstack.inventory;

public interface TenantFloatingIps extends TenantObjects<TenantFloatingIp> {

}
