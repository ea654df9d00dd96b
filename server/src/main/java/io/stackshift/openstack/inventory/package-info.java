/**
 * The inventory of tenants: their networks, subnets, routers, security groups, ports and
 * floating IPs as last read from their cloud, keyed by OpenStack id, and the pull that
 * keeps them in step ({@link io.stackshift.openstack.inventory.Inventory}).
 */
package io.stackshift.openstack.inventory;
