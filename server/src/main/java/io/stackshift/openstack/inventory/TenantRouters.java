package io.stackshift.openstack.inventory;

public interface TenantRouters extends TenantObjects<TenantRouter> {

}
