package io.stackshift.marketplace.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.stackshift.identity.Caller;
import io.stackshift.identity.Customer;
import io.stackshift.identity.Permission;
import io.stackshift.identity.Permissions;
import io.stackshift.identity.Project;
import io.stackshift.identity.ProjectVisibility;
import io.stackshift.marketplace.Offering;
import io.stackshift.marketplace.Plan;
import io.stackshift.marketplace.Resource;
import io.stackshift.marketplace.Resources;
import io.stackshift.system.web.InvalidInput;
import io.stackshift.system.web.Links;
import io.stackshift.system.web.NotFound;
import io.stackshift.system.web.Pagination;
import io.stackshift.system.web.QueryFilters;
import io.stackshift.system.web.Uuids;
import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/marketplace-resources/}: what consumers hold. Resources come into being
 * through imports and migrations; here they are listed, read and renamed.
 */
@RestController
@RequestMapping("/api/marketplace-resources")
@Transactional
class ResourceController {

	private final Resources resources;

	private final Permissions permissions;

	ResourceController(Resources resources, Permissions permissions) {
		this.resources = resources;
		this.permissions = permissions;
	}

	record ResourceView(UUID uuid, String url, String name, String description, String state, UUID projectUuid,
			String projectName, String project, UUID customerUuid, String customerName, UUID offeringUuid,
			String offeringName, String offeringType, String offering, UUID planUuid, String planName, String plan,
			String resourceType, UUID resourceUuid, String scope, Map<String, Object> limits, Instant created,
			Instant modified) {
	}

	record ResourceUpdate(@Size(max = 150) String name, @Size(max = 2000) String description) {
	}

	@GetMapping("/")
	ResponseEntity<List<ResourceView>> list(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
		Specification<Resource> filter = filter(caller, request);
		return Pagination.respond(
				this.resources.findAll(filter, Pagination.pageable(request, Sort.by(Sort.Direction.DESC, "created"))),
				request, this::view);
	}

	@GetMapping("/{uuid}/")
	ResourceView get(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return view(visible(caller, uuid));
	}

	@RequestMapping(path = "/{uuid}/", method = { RequestMethod.PATCH, RequestMethod.PUT })
	ResourceView update(@AuthenticationPrincipal Caller caller, @PathVariable String uuid,
			@Valid @RequestBody ResourceUpdate body) {
		Resource resource = visible(caller, uuid);
		this.permissions.require(caller, Permission.RESOURCE_UPDATE, resource.getProject());
		String name = InvalidInput.optionalText("name", body.name());
		if (name != null) {
			resource.setName(name);
		}
		if (body.description() != null) {
			resource.setDescription(body.description());
		}
		return view(resource);
	}

	private Specification<Resource> filter(Caller caller, HttpServletRequest request) {
		var projectUuid = QueryFilters.uuid(request, "project_uuid");
		var customerUuid = QueryFilters.uuid(request, "customer_uuid");
		var offeringUuid = QueryFilters.uuid(request, "offering_uuid");
		var scopeUuid = QueryFilters.uuid(request, "resource_uuid");
		var name = QueryFilters.containing(request, "name");
		var states = QueryFilters.choices(request, "state", Resource.State.values(), Resource.State::label);
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!caller.seesEverything()) {
				where.add(ProjectVisibility.visibleTo(caller.id(), root.get("project"), query, cb));
			}
			projectUuid.ifPresent((value) -> where.add(cb.equal(root.get("project").get("uuid"), value)));
			customerUuid
				.ifPresent((value) -> where.add(cb.equal(root.get("project").get("customer").get("uuid"), value)));
			offeringUuid.ifPresent((value) -> where.add(cb.equal(root.get("offering").get("uuid"), value)));
			scopeUuid.ifPresent((value) -> where.add(cb.equal(root.get("scopeUuid"), value)));
			name.ifPresent((pattern) -> where.add(cb.like(cb.lower(root.get("name")), pattern)));
			if (!states.isEmpty()) {
				where.add(root.get("state").in(states));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private Resource visible(Caller caller, String uuid) {
		Resource resource = this.resources.findByUuid(Uuids.path(uuid)).orElseThrow(NotFound::new);
		if (!this.permissions.sees(caller, resource.getProject())) {
			throw new NotFound();
		}
		return resource;
	}

	private ResourceView view(Resource resource) {
		Project project = resource.getProject();
		Customer customer = project.getCustomer();
		Offering offering = resource.getOffering();
		Plan plan = resource.getPlan();
		// Tenants are the only scope stackshift knows; they are served under this name.
		String scope = Offering.OPENSTACK_TENANT.equals(resource.getScopeType())
				? Links.url("openstack-tenants", resource.getScopeUuid()) : null;
		return new ResourceView(resource.getUuid(), Links.url("marketplace-resources", resource.getUuid()),
				resource.getName(), resource.getDescription(), resource.getState().label(), project.getUuid(),
				project.getName(), Links.url("projects", project.getUuid()), customer.getUuid(), customer.getName(),
				offering.getUuid(), offering.getName(), offering.getType(),
				Links.url("marketplace-provider-offerings", offering.getUuid()), (plan != null) ? plan.getUuid() : null,
				(plan != null) ? plan.getName() : null,
				(plan != null) ? Links.url("marketplace-plans", plan.getUuid()) : null, resource.getScopeType(),
				resource.getScopeUuid(), scope, resource.getLimits(), resource.getCreated(), resource.getModified());
	}

}
