/**
 * The API of clouds and tenants: {@code /api/service-settings/} (with registration
 * checks), {@code /api/openstack-tenants/} (pull, credentials), the read-only inventory
 * ({@code /api/openstack-networks/} and its siblings),
 * {@code /api/openstack-volume-types/}, and tenant import under
 * {@code /api/marketplace-provider-offerings/}.
 */
package io.stackshift.openstack.web;
