package io.stackshift.openstack.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.stackshift.identity.Caller;
import io.stackshift.identity.Project;
import io.stackshift.identity.ProjectVisibility;
import io.stackshift.openstack.Cloud;
import io.stackshift.openstack.CloudVolumeType;
import io.stackshift.openstack.CloudVolumeTypes;
import io.stackshift.openstack.Tenant;
import io.stackshift.system.web.Links;
import io.stackshift.system.web.NotFound;
import io.stackshift.system.web.Pagination;
import io.stackshift.system.web.QueryFilters;
import io.stackshift.system.web.Uuids;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/openstack-volume-types/}: the volume types of the clouds' catalogues. A
 * type is seen by whoever sees its cloud (shared clouds, clouds of organisations the user
 * has a role in, everything for staff and support). Filters: {@code settings_uuid}, and
 * {@code tenant_uuid} for the types visible in that tenant.
 */
@RestController
@RequestMapping("/api/openstack-volume-types")
@Transactional(readOnly = true)
class VolumeTypeController {

	private final CloudVolumeTypes volumeTypes;

	VolumeTypeController(CloudVolumeTypes volumeTypes) {
		this.volumeTypes = volumeTypes;
	}

	record VolumeTypeView(UUID uuid, String url, String name, String description, String backendId, boolean isPublic,
			UUID settingsUuid, String settings) {

		static VolumeTypeView of(CloudVolumeType type) {
			Cloud cloud = type.getCloud();
			return new VolumeTypeView(type.getUuid(), Links.url("openstack-volume-types", type.getUuid()),
					type.getName(), type.getDescription(), type.getBackendId(), type.isPublic(), cloud.getUuid(),
					Links.url("service-settings", cloud.getUuid()));
		}

	}

	@GetMapping("/")
	ResponseEntity<List<VolumeTypeView>> list(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
		var settingsUuid = QueryFilters.uuid(request, "settings_uuid");
		var tenantUuid = QueryFilters.uuid(request, "tenant_uuid");
		var name = QueryFilters.text(request, "name");
		Specification<CloudVolumeType> filter = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!caller.seesEverything()) {
				where.add(visibleTo(caller, root, query, cb));
			}
			settingsUuid.ifPresent((value) -> where.add(cb.equal(root.get("cloud").get("uuid"), value)));
			tenantUuid.ifPresent((value) -> {
				Subquery<Long> inTenant = query.subquery(Long.class);
				Root<Tenant> tenant = inTenant.from(Tenant.class);
				inTenant.select(tenant.join("volumeTypes").get("id")).where(cb.equal(tenant.get("uuid"), value));
				where.add(root.get("id").in(inTenant));
			});
			name.ifPresent((value) -> where.add(cb.equal(root.get("name"), value)));
			return cb.and(where.toArray(Predicate[]::new));
		};
		return Pagination.respond(
				this.volumeTypes.findAll(filter, Pagination.pageable(request, Sort.by("name", "backendId"))), request,
				VolumeTypeView::of);
	}

	@GetMapping("/{uuid}/")
	VolumeTypeView get(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		UUID wanted = Uuids.path(uuid);
		Specification<CloudVolumeType> filter = (root, query, cb) -> {
			Predicate match = cb.equal(root.get("uuid"), wanted);
			return caller.seesEverything() ? match : cb.and(match, visibleTo(caller, root, query, cb));
		};
		return this.volumeTypes.findOne(filter).map(VolumeTypeView::of).orElseThrow(NotFound::new);
	}

	/**
	 * Shared clouds, and clouds of organisations where the user holds a role on the
	 * organisation or one of its projects (as {@code Clouds.findVisibleTo}).
	 */
	private static Predicate visibleTo(Caller caller, Root<CloudVolumeType> root,
			jakarta.persistence.criteria.CriteriaQuery<?> query, jakarta.persistence.criteria.CriteriaBuilder cb) {
		Subquery<Long> viaProjects = query.subquery(Long.class);
		Root<Project> project = viaProjects.from(Project.class);
		viaProjects.select(project.get("customer").get("id"))
			.where(ProjectVisibility.visibleTo(caller.id(), project, query, cb));
		var customer = root.get("cloud").get("customer").get("id");
		return cb.or(cb.isTrue(root.get("cloud").get("shared")),
				customer.in(ProjectVisibility.customerIds(caller.id(), query, cb)), customer.in(viaProjects));
	}

}
