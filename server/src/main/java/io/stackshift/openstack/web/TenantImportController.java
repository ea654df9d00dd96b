package io.stackshift.openstack.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.stackshift.identity.Caller;
import io.stackshift.identity.Permission;
import io.stackshift.identity.Permissions;
import io.stackshift.identity.Project;
import io.stackshift.identity.Projects;
import io.stackshift.identity.Users;
import io.stackshift.marketplace.Catalog;
import io.stackshift.marketplace.Offering;
import io.stackshift.marketplace.Offerings;
import io.stackshift.marketplace.Plan;
import io.stackshift.marketplace.Plans;
import io.stackshift.marketplace.Resource;
import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.TenantImport;
import io.stackshift.system.web.InvalidInput;
import io.stackshift.system.web.Links;
import io.stackshift.system.web.NotFound;
import io.stackshift.system.web.References;
import io.stackshift.system.web.Uuids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Importing existing Keystone projects of an offering's cloud as tenants:
 * {@code importable_resources/} and {@code import_resource/} under
 * {@code /api/marketplace-provider-offerings/{uuid}/}.
 *
 * <p>
 * Who may import: staff, and whoever may update the offering (OFFERING.UPDATE on its
 * provider: the provider's owners) when they may also create resources in the target
 * project (PROJECT.CREATE_RESOURCE). The provider decides what of its cloud is handed
 * out; the consumer side must agree to hold it. Listing importable projects needs the
 * first half only.
 */
@RestController
@RequestMapping("/api/marketplace-provider-offerings")
@Transactional
class TenantImportController {

	private final Offerings offerings;

	private final Plans plans;

	private final Projects projects;

	private final Users users;

	private final Catalog catalog;

	private final Permissions permissions;

	private final TenantImport tenantImport;

	TenantImportController(Offerings offerings, Plans plans, Projects projects, Users users, Catalog catalog,
			Permissions permissions, TenantImport tenantImport) {
		this.offerings = offerings;
		this.plans = plans;
		this.projects = projects;
		this.users = users;
		this.catalog = catalog;
		this.permissions = permissions;
		this.tenantImport = tenantImport;
	}

	record ImportRequest(@Size(max = 64) String backendId, @Size(max = 300) String project,
			@Size(max = 300) String plan) {
	}

	/**
	 * The new marketplace resource; as in Waldur, {@code resource_uuid} and {@code scope}
	 * name what it stands for: the tenant.
	 */
	record ImportedView(UUID uuid, String url, String name, String state, UUID projectUuid, UUID offeringUuid,
			UUID planUuid, String resourceType, UUID resourceUuid, String scope, String backendId,
			Map<String, Object> limits) {

		static ImportedView of(Tenant tenant) {
			Resource resource = tenant.getResource();
			Plan plan = resource.getPlan();
			return new ImportedView(resource.getUuid(), Links.url("marketplace-resources", resource.getUuid()),
					resource.getName(), resource.getState().label(), resource.getProject().getUuid(),
					resource.getOffering().getUuid(), (plan != null) ? plan.getUuid() : null, resource.getScopeType(),
					tenant.getUuid(), Links.url("openstack-tenants", tenant.getUuid()), tenant.getBackendId(),
					resource.getLimits());
		}

	}

	@GetMapping("/{uuid}/importable_resources/")
	@Transactional(readOnly = true)
	List<TenantImport.Importable> importable(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		Offering offering = visible(caller, uuid);
		this.permissions.demand(caller, Permission.OFFERING_UPDATE, offering.getCustomer());
		return refusalsAsInput(() -> this.tenantImport.importable(offering));
	}

	@PostMapping("/{uuid}/import_resource/")
	@ResponseStatus(HttpStatus.CREATED)
	ImportedView importResource(@AuthenticationPrincipal Caller caller, @PathVariable String uuid,
			@Valid @RequestBody ImportRequest body) {
		Offering offering = visible(caller, uuid);
		this.permissions.demand(caller, Permission.OFFERING_UPDATE, offering.getCustomer());
		InvalidInput.Collector errors = new InvalidInput.Collector();
		errors.requireText("backend_id", body.backendId());
		if (body.project() == null) {
			errors.reject("project", InvalidInput.REQUIRED);
		}
		errors.throwIfAny();
		Project project = References.resolve("project", body.project(), this.projects::findByUuid);
		if (!this.permissions.sees(caller, project)) {
			throw InvalidInput.field("project", References.doesNotExist(body.project()));
		}
		this.permissions.require(caller, Permission.PROJECT_CREATE_RESOURCE, project);
		Plan plan = (body.plan() != null) ? plan(offering, body.plan()) : null;
		var by = this.users.findById(caller.id()).orElseThrow();
		return refusalsAsInput(() -> ImportedView
			.of(this.tenantImport.importTenant(offering, body.backendId().trim(), project, plan, by)));
	}

	private Plan plan(Offering offering, String reference) {
		Plan plan = References.resolve("plan", reference, this.plans::findByUuid);
		if (!plan.getOffering().equals(offering)) {
			throw InvalidInput.field("plan", "This plan belongs to another offering.");
		}
		if (!this.catalog.isAvailable(plan)) {
			throw InvalidInput.field("plan", "This plan is not available (archived or at its maximum amount).");
		}
		return plan;
	}

	private Offering visible(Caller caller, String uuid) {
		Offering offering = this.offerings.findByUuid(Uuids.path(uuid)).orElseThrow(NotFound::new);
		if (caller.seesEverything() || offering.isShared() || this.permissions.sees(caller, offering.getCustomer())) {
			return offering;
		}
		throw new NotFound();
	}

	private static <T> T refusalsAsInput(java.util.function.Supplier<T> action) {
		try {
			return action.get();
		}
		catch (TenantImport.Refused ex) {
			throw InvalidInput.field((ex.field() != null) ? ex.field() : InvalidInput.NON_FIELD, ex.getMessage());
		}
	}

}
