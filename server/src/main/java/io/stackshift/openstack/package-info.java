/**
 * OpenStack clouds as stackshift knows them: their registration (service settings), the
 * client that talks to them, and the inventory of their tenants. Knows nothing of
 * migrations.
 */
package io.stackshift.openstack;
