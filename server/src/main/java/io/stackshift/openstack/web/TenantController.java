package io.stackshift.openstack.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.stackshift.identity.Caller;
import io.stackshift.identity.Customer;
import io.stackshift.identity.Permission;
import io.stackshift.identity.Permissions;
import io.stackshift.identity.Project;
import io.stackshift.identity.ProjectVisibility;
import io.stackshift.marketplace.Resource;
import io.stackshift.openstack.Cloud;
import io.stackshift.openstack.CloudVolumeType;
import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.TenantCredentials;
import io.stackshift.openstack.Tenants;
import io.stackshift.openstack.inventory.Inventory;
import io.stackshift.openstack.inventory.PullResult;
import io.stackshift.system.web.Conflict;
import io.stackshift.system.web.Links;
import io.stackshift.system.web.NotFound;
import io.stackshift.system.web.Pagination;
import io.stackshift.system.web.QueryFilters;
import io.stackshift.system.web.Uuids;
import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/openstack-tenants/}: tenants, seen by whoever sees their project (any role
 * in it or its organisation, staff, support). A pull is asked by those who may update the
 * project's resources (RESOURCE.UPDATE: owners, project admins and managers) and by
 * staff. Credentials have their own endpoint and permission, and never appear elsewhere.
 */
@RestController
@RequestMapping("/api/openstack-tenants")
class TenantController {

	private final Tenants tenants;

	private final Permissions permissions;

	private final Inventory inventory;

	private final TransactionTemplate transactions;

	TenantController(Tenants tenants, Permissions permissions, Inventory inventory, TransactionTemplate transactions) {
		this.tenants = tenants;
		this.permissions = permissions;
		this.inventory = inventory;
		this.transactions = transactions;
	}

	record QuotaView(String service, String name, long limit, long usage) {
	}

	record TenantView(UUID uuid, String url, String name, String description, String backendId, String state,
			String errorMessage, String origin, UUID serviceSettingsUuid, String serviceSettingsName,
			String serviceSettings, UUID projectUuid, String projectName, String project, UUID customerUuid,
			String customerName, UUID marketplaceResourceUuid, String marketplaceResource, String internalNetworkId,
			String externalNetworkId, List<String> volumeTypes, List<QuotaView> quotas, Instant pulled, Instant created,
			Instant modified) {

		static TenantView of(Tenant tenant) {
			Cloud cloud = tenant.getCloud();
			Project project = tenant.getProject();
			Customer customer = project.getCustomer();
			Resource resource = tenant.getResource();
			return new TenantView(tenant.getUuid(), Links.url("openstack-tenants", tenant.getUuid()), tenant.getName(),
					tenant.getDescription(), tenant.getBackendId(), tenant.getState().name(), tenant.getErrorMessage(),
					tenant.getOrigin().name().toLowerCase(java.util.Locale.ROOT), cloud.getUuid(), cloud.getName(),
					Links.url("service-settings", cloud.getUuid()), project.getUuid(), project.getName(),
					Links.url("projects", project.getUuid()), customer.getUuid(), customer.getName(),
					(resource != null) ? resource.getUuid() : null,
					(resource != null) ? Links.url("marketplace-resources", resource.getUuid()) : null,
					tenant.getInternalNetworkId(), tenant.getExternalNetworkId(),
					tenant.getVolumeTypes().stream().map(CloudVolumeType::getName).sorted().toList(),
					tenant.getQuotas()
						.stream()
						.map((quota) -> new QuotaView(quota.service(), quota.name(), quota.limit(), quota.inUse()))
						.sorted(Comparator.comparing(QuotaView::service).thenComparing(QuotaView::name))
						.toList(),
					tenant.getPulled(), tenant.getCreated(), tenant.getModified());
		}

	}

	record CredentialsView(String username, String password) {
	}

	@GetMapping("/")
	@Transactional(readOnly = true)
	ResponseEntity<List<TenantView>> list(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
		var projectUuid = QueryFilters.uuid(request, "project_uuid");
		var customerUuid = QueryFilters.uuid(request, "customer_uuid");
		var settingsUuid = QueryFilters.uuid(request, "settings_uuid");
		var backendId = QueryFilters.text(request, "backend_id");
		Specification<Tenant> filter = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!caller.seesEverything()) {
				where.add(ProjectVisibility.visibleTo(caller.id(), root.get("project"), query, cb));
			}
			projectUuid.ifPresent((value) -> where.add(cb.equal(root.get("project").get("uuid"), value)));
			customerUuid
				.ifPresent((value) -> where.add(cb.equal(root.get("project").get("customer").get("uuid"), value)));
			settingsUuid.ifPresent((value) -> where.add(cb.equal(root.get("cloud").get("uuid"), value)));
			backendId.ifPresent((value) -> where.add(cb.equal(root.get("backendId"), value)));
			return cb.and(where.toArray(Predicate[]::new));
		};
		return Pagination.respond(this.tenants.findAll(filter, Pagination.pageable(request, Sort.by("name", "id"))),
				request, TenantView::of);
	}

	@GetMapping("/{uuid}/")
	@Transactional(readOnly = true)
	TenantView get(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return TenantView.of(visible(caller, uuid));
	}

	/**
	 * Reads the tenant from its cloud now; answers what changed per kind of object. Not
	 * transactional here: the pull reads the cloud first and then stores in one
	 * transaction of its own.
	 */
	@PostMapping("/{uuid}/pull/")
	Map<String, PullResult.Changes> pull(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		UUID tenant = this.transactions.execute((status) -> {
			Tenant found = visible(caller, uuid);
			this.permissions.require(caller, Permission.RESOURCE_UPDATE, found.getProject());
			if (found.getBackendId() == null) {
				throw new Conflict("The tenant has no Keystone project yet: there is nothing to pull.");
			}
			return found.getUuid();
		});
		return this.inventory.pull(tenant).changes();
	}

	/**
	 * The credentials stackshift generated for a tenant it created, for those holding
	 * TENANT.VIEW_CREDENTIALS on its project (project admins, organisation owners,
	 * staff). An imported tenant has none: 404, saying so.
	 */
	@GetMapping("/{uuid}/credentials/")
	@Transactional(readOnly = true)
	CredentialsView credentials(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		Tenant tenant = visible(caller, uuid);
		this.permissions.require(caller, Permission.TENANT_VIEW_CREDENTIALS, tenant.getProject());
		TenantCredentials credentials = tenant.credentials()
			.orElseThrow(() -> new NotFound("This tenant was imported: stackshift holds no credentials for it."));
		return new CredentialsView(credentials.username(), credentials.password());
	}

	private Tenant visible(Caller caller, String uuid) {
		Tenant tenant = this.tenants.findByUuid(Uuids.path(uuid)).orElseThrow(NotFound::new);
		if (!this.permissions.sees(caller, tenant.getProject())) {
			throw new NotFound();
		}
		return tenant;
	}

}
