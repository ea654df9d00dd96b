package io.stackshift.replication;

import java.util.List;

import io.stackshift.openstack.TenantCredentials;
import io.stackshift.openstack.inventory.TenantNetwork;
import io.stackshift.replication.plan.DestinationFacts;
import io.stackshift.replication.plan.FieldError;
import io.stackshift.replication.plan.MappingCheck;
import io.stackshift.replication.plan.Mappings;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.plan.Planner;
import io.stackshift.replication.plan.TenantRequest;
import io.stackshift.replication.snapshot.Snapshot;

import org.springframework.stereotype.Component;

/**
 * Reads the source fresh, checks the mappings against what was read and plans: the part
 * of create and preview that talks to the clouds (reading only) and calls the pure
 * {@link Planner}.
 */
@Component
class MigrationPlanning {

	/**
	 * Where the executor finds the destination user's password: on the migration's
	 * destination tenant, encrypted. The plan never holds the password itself.
	 */
	static final String PASSWORD_REF = "dst_tenant.user_password";

	private final SnapshotReader snapshots;

	private final DestinationReader destinations;

	MigrationPlanning(SnapshotReader snapshots, DestinationReader destinations) {
		this.snapshots = snapshots;
		this.destinations = destinations;
	}

	PlannedMigration plan(CheckedRequest request, TenantCredentials credentials) {
		Snapshot snapshot = this.snapshots.read(request.sourceTenant());
		DestinationFacts destination = this.destinations.read(request.destination());
		Mappings mappings = mappings(request);
		String name = (request.name() != null) ? request.name() : request.source().getName();
		String description = (request.description() != null) ? request.description()
				: request.source().getDescription();
		TenantRequest tenant = new TenantRequest(name, description, credentials.username(), PASSWORD_REF);
		FieldErrors errors = new FieldErrors();
		if (request.source().getLimits().isEmpty()) {
			errors.reject("non_field_errors", "Source resource does not have limits set.");
		}
		if (this.destinations.projectNameTaken(request.destination(), name)) {
			errors.reject("name", "The destination cloud already has a project named '" + name
					+ "'; give the migration another name.");
		}
		for (FieldError error : MappingCheck.check(snapshot, mappings, destination, tenant)) {
			errors.reject(error.field().replaceFirst("^mappings\\.networks\\[\\d+]$", "mappings.networks"),
					error.message());
		}
		errors.throwIfAny();
		Plan plan = Planner.plan(snapshot, mappings, destination, tenant);
		return new PlannedMigration(snapshot, plan, DestinationLimits.of(plan), name, description);
	}

	/** The request's mappings in OpenStack ids, as the planner takes them. */
	private static Mappings mappings(CheckedRequest request) {
		MigrationRequest.RequestedMappings asked = request.request().mappings();
		List<Mappings.VolumeTypePair> types = request.volumeTypes()
			.stream()
			.map((pair) -> new Mappings.VolumeTypePair(pair.source().getBackendId(), pair.destination().getBackendId()))
			.toList();
		List<Mappings.SubnetPair> subnets = asked.subnets()
			.stream()
			.map((pair) -> new Mappings.SubnetPair(pair.srcCidr(), pair.dstCidr()))
			.toList();
		List<String> networks = request.networks().stream().map(TenantNetwork::getBackendId).toList();
		return new Mappings(types, subnets, networks, asked.skipConnectionExtnet(), asked.syncInstancePorts());
	}

}
