package io.stackshift.openstack.inventory;

public interface TenantPorts extends TenantObjects<TenantPort> {

}
