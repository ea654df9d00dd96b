package io.stackshift.replication;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.stackshift.identity.Caller;
import io.stackshift.identity.User;
import io.stackshift.identity.Users;
import io.stackshift.marketplace.Catalog;
import io.stackshift.marketplace.Offering;
import io.stackshift.marketplace.Offerings;
import io.stackshift.marketplace.Order;
import io.stackshift.marketplace.OrderReviews;
import io.stackshift.marketplace.Plans;
import io.stackshift.marketplace.Resource;
import io.stackshift.marketplace.Resources;
import io.stackshift.identity.Permissions;
import io.stackshift.openstack.CloudVolumeType;
import io.stackshift.openstack.CloudVolumeTypes;
import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.TenantService;
import io.stackshift.openstack.inventory.TenantNetwork;
import io.stackshift.openstack.inventory.TenantNetworks;
import io.stackshift.system.web.InvalidInput;
import io.stackshift.system.web.References;
import io.stackshift.system.web.Uuids;

import org.springframework.stereotype.Component;

/**
 * The checks of a create or preview request that need no cloud, in the original's order
 * (reference section 3): every field first, reporting all field problems at once; then
 * the request as a whole, stopping at the first problem. Unlike the original it checks
 * that the source is an OK OpenStack tenant and the offering one with a cloud (B6),
 * answers unknown volume types with a 400 (B4), names the UUID in its messages (B2, B3)
 * and reports a full plan under {@code dst_plan} (B5).
 */
@Component
class MigrationRequestCheck {

	static final String NAME_BLANK = "Ensure that name has at least one non-whitespace character.";

	static final String NOT_ALLOWED = "User does not have enough permissions to migrate resource.";

	private final Resources resources;

	private final Offerings offerings;

	private final Plans plans;

	private final Users users;

	private final TenantService tenants;

	private final TenantNetworks networks;

	private final CloudVolumeTypes volumeTypes;

	private final Permissions permissions;

	private final Catalog catalog;

	private final OrderReviews reviews;

	MigrationRequestCheck(Resources resources, Offerings offerings, Plans plans, Users users, TenantService tenants,
			TenantNetworks networks, CloudVolumeTypes volumeTypes, Permissions permissions, Catalog catalog,
			OrderReviews reviews) {
		this.resources = resources;
		this.offerings = offerings;
		this.plans = plans;
		this.users = users;
		this.tenants = tenants;
		this.networks = networks;
		this.volumeTypes = volumeTypes;
		this.permissions = permissions;
		this.catalog = catalog;
		this.reviews = reviews;
	}

	CheckedRequest check(Caller caller, MigrationRequest request) {
		FieldErrors errors = new FieldErrors();
		Resource source = resolve(errors, "src_resource", request.srcResource(),
				(uuid) -> this.resources.findByUuid(uuid)
					.filter((resource) -> this.permissions.sees(caller, resource.getProject())));
		Offering offering = resolve(errors, "dst_offering", request.dstOffering(),
				(uuid) -> this.offerings.findByUuid(uuid)
					.filter((candidate) -> this.catalog.isOrderableBy(caller, candidate)));
		io.stackshift.marketplace.Plan plan = resolve(errors, "dst_plan", request.dstPlan(), this.plans::findByUuid);
		if (request.name() != null && request.name().isBlank()) {
			errors.reject("name", NAME_BLANK);
		}
		MigrationRequest.RequestedMappings mappings = request.mappings();
		for (int i = 0; i < mappings.subnets().size(); i++) {
			MigrationRequest.Subnets pair = mappings.subnets().get(i);
			if (pair == null || pair.srcCidr() == null) {
				errors.reject("mappings.subnets[" + i + "].src_cidr", InvalidInput.REQUIRED);
			}
			if (pair == null || pair.dstCidr() == null) {
				errors.reject("mappings.subnets[" + i + "].dst_cidr", InvalidInput.REQUIRED);
			}
		}
		List<TenantNetwork> selected = new ArrayList<>();
		for (UUID uuid : mappings.networks()) {
			this.networks.findByUuid(uuid)
				.ifPresentOrElse(selected::add,
						() -> errors.reject("mappings.networks", References.doesNotExist(Uuids.hex(uuid))));
		}
		List<CheckedRequest.VolumeTypePair> pairs = new ArrayList<>();
		for (int i = 0; i < mappings.volumeTypes().size(); i++) {
			MigrationRequest.VolumeTypes pair = mappings.volumeTypes().get(i);
			String field = "mappings.volume_types[" + i + "]";
			CloudVolumeType from = volumeType(errors, field + ".src_type_uuid",
					(pair != null) ? pair.srcTypeUuid() : null);
			CloudVolumeType to = volumeType(errors, field + ".dst_type_uuid",
					(pair != null) ? pair.dstTypeUuid() : null);
			pairs.add(new CheckedRequest.VolumeTypePair(from, to));
		}
		errors.throwIfAny();
		User user = this.users.findById(caller.id()).orElseThrow();
		Tenant tenant = sourceTenant(source);
		if (source.getLimits().isEmpty()) {
			throw FieldErrors.single(InvalidInput.NON_FIELD, "Source resource does not have limits set.");
		}
		destination(offering);
		plan(offering, plan);
		approval(caller, user, source, offering);
		// Unlike the original, port sync and subnet mappings go together: the planner
		// moves a port's addresses with its subnet, keeping their host part.
		networksOf(tenant, selected, mappings.networks());
		volumeTypesOf(tenant, offering, pairs);
		return new CheckedRequest(caller, user, source, tenant, offering, offering.getScope(), plan,
				(request.name() != null) ? request.name().strip() : null, request.description(), pairs, selected,
				request);
	}

	private Tenant sourceTenant(Resource source) {
		Optional<Tenant> tenant = Offering.OPENSTACK_TENANT.equals(source.getScopeType())
				? this.tenants.findByResource(source) : Optional.empty();
		if (tenant.isEmpty()) {
			throw FieldErrors.single("src_resource",
					"The resource " + source.getName() + " is not an OpenStack tenant.");
		}
		String state = (source.getState() != Resource.State.OK) ? source.getState().label()
				: (tenant.get().getBackendId() == null) ? "without a project in its cloud"
						: tenant.get().getState().name();
		if (tenant.get().getState() != Tenant.State.OK || source.getState() != Resource.State.OK
				|| tenant.get().getBackendId() == null) {
			throw FieldErrors.single("src_resource",
					"Only a tenant in state OK can be migrated; " + source.getName() + " is " + state + ".");
		}
		return tenant.get();
	}

	private static void destination(Offering offering) {
		if (!Offering.OPENSTACK_TENANT.equals(offering.getType())) {
			throw FieldErrors.single("dst_offering",
					"The offering " + offering.getName() + " is not an OpenStack tenant offering.");
		}
		if (offering.getScope() == null) {
			throw FieldErrors.single("dst_offering",
					"The offering " + offering.getName() + " has no cloud to create the tenant in.");
		}
	}

	private void plan(Offering offering, io.stackshift.marketplace.Plan plan) {
		if (!plan.getOffering().getId().equals(offering.getId())) {
			throw FieldErrors.single("dst_plan", "This plan is not available for selected offering.");
		}
		if (plan.isArchived()) {
			throw FieldErrors.single("dst_plan", "This plan is archived and takes no new resources.");
		}
		if (!this.catalog.isAvailable(plan)) {
			throw FieldErrors.single("dst_plan", "Plan is not available because limit has been reached.");
		}
	}

	/**
	 * The newest gate: the order would be approved without a consumer review, or the
	 * caller could approve it as consumer.
	 */
	private void approval(Caller caller, User user, Resource source, Offering offering) {
		Order order = new Order(Order.Type.CREATE, source.getProject(), offering, user);
		if (!this.reviews.skipsConsumerReview(caller, order) && !this.reviews.mayApproveAsConsumer(caller, order)) {
			throw FieldErrors.single(InvalidInput.NON_FIELD, NOT_ALLOWED);
		}
	}

	private static void networksOf(Tenant tenant, List<TenantNetwork> selected, List<UUID> uuids) {
		FieldErrors errors = new FieldErrors();
		for (TenantNetwork network : selected) {
			if (!network.getTenant().getId().equals(tenant.getId())) {
				errors.reject("mappings.networks", "Network " + Uuids.hex(network.getUuid()) + " (" + network.getName()
						+ ") is not a network of the source tenant.");
			}
		}
		errors.throwIfAny();
	}

	private static void volumeTypesOf(Tenant tenant, Offering offering, List<CheckedRequest.VolumeTypePair> pairs) {
		FieldErrors errors = new FieldErrors();
		for (int i = 0; i < pairs.size(); i++) {
			CheckedRequest.VolumeTypePair pair = pairs.get(i);
			String field = "mappings.volume_types[" + i + "]";
			if (tenant.getVolumeTypes().stream().noneMatch((type) -> type.getId().equals(pair.source().getId()))) {
				errors.reject(field + ".src_type_uuid", "Invalid src_type_uuid " + Uuids.hex(pair.source().getUuid())
						+ " as it is not available in tenant.");
			}
			if (!pair.destination().getCloud().getId().equals(offering.getScope().getId())) {
				errors.reject(field + ".dst_type_uuid", "Invalid dst_type_uuid "
						+ Uuids.hex(pair.destination().getUuid()) + " as it is not available in service settings.");
			}
		}
		errors.throwIfAny();
	}

	private CloudVolumeType volumeType(FieldErrors errors, String field, UUID uuid) {
		if (uuid == null) {
			errors.reject(field, InvalidInput.REQUIRED);
			return null;
		}
		Optional<CloudVolumeType> type = this.volumeTypes
			.findOne((root, query, cb) -> cb.equal(root.get("uuid"), uuid));
		if (type.isEmpty()) {
			errors.reject(field, References.doesNotExist(Uuids.hex(uuid)));
		}
		return type.orElse(null);
	}

	private static <T> T resolve(FieldErrors errors, String field, String reference,
			Function<UUID, Optional<T>> lookup) {
		try {
			return References.resolve(field, reference, lookup);
		}
		catch (InvalidInput invalid) {
			errors.reject(field, (reference == null || reference.isBlank()) ? InvalidInput.REQUIRED
					: References.doesNotExist(reference));
			return null;
		}
	}

}
