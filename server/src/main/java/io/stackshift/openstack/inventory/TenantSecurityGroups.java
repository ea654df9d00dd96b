package io.stackshift.openstack.inventory;

public interface TenantSecurityGroups extends TenantObjects<TenantSecurityGroup> {

}
