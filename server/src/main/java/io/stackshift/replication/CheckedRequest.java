package io.stackshift.replication;

import java.util.List;

import io.stackshift.identity.Caller;
import io.stackshift.identity.User;
import io.stackshift.marketplace.Offering;
import io.stackshift.marketplace.Resource;
import io.stackshift.openstack.Cloud;
import io.stackshift.openstack.CloudVolumeType;
import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.inventory.TenantNetwork;

/**
 * A request whose references are resolved and which passed every check that needs no
 * cloud.
 *
 * @param caller who asks
 * @param user the same person as a stored user
 * @param source the source tenant's marketplace resource
 * @param sourceTenant the source tenant
 * @param offering the destination offering
 * @param destination the destination cloud
 * @param plan the destination marketplace plan
 * @param name the destination name, or {@code null} for the source's
 * @param description the destination description, or {@code null} for the source's
 * @param volumeTypes the volume-type pairs, in request order
 * @param networks the selected source networks, in request order
 * @param request the request as sent
 */
record CheckedRequest(Caller caller, User user, Resource source, Tenant sourceTenant, Offering offering,
		Cloud destination, io.stackshift.marketplace.Plan plan, String name, String description,
		List<VolumeTypePair> volumeTypes, List<TenantNetwork> networks, MigrationRequest request) {

	/** A resolved volume-type pair. */
	record VolumeTypePair(CloudVolumeType source, CloudVolumeType destination) {
	}

}
