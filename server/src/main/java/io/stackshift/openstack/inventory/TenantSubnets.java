package io.stackshift.openstack.inventory;

public interface TenantSubnets extends TenantObjects<TenantSubnet> {

}
