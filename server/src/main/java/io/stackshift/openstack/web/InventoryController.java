package io.stackshift.openstack.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.stackshift.identity.Caller;
import io.stackshift.identity.Permissions;
import io.stackshift.identity.ProjectVisibility;
import io.stackshift.openstack.inventory.InventoryStore;
import io.stackshift.openstack.inventory.TenantObject;
import io.stackshift.openstack.inventory.TenantObjects;
import io.stackshift.openstack.web.InventoryViews.FloatingIpView;
import io.stackshift.openstack.web.InventoryViews.NetworkView;
import io.stackshift.openstack.web.InventoryViews.PortView;
import io.stackshift.openstack.web.InventoryViews.RouterView;
import io.stackshift.openstack.web.InventoryViews.SecurityGroupView;
import io.stackshift.openstack.web.InventoryViews.SubnetView;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only inventory endpoints ({@code /api/openstack-networks/}, {@code -subnets/},
 * {@code -routers/}, {@code -security-groups/}, {@code -ports/}, {@code -floating-ips/}).
 * An object is seen by whoever sees its tenant's project; lists filter by
 * {@code tenant_uuid}, {@code backend_id} and {@code name} (contains), in the database.
 */
@RestController
@Transactional(readOnly = true)
class InventoryController {

	private final Permissions permissions;

	private final InventoryStore store;

	InventoryController(Permissions permissions, InventoryStore store) {
		this.store = store;
		this.permissions = permissions;
	}

	@GetMapping("/api/openstack-networks/")
	ResponseEntity<List<NetworkView>> networks(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
		return list(this.store.networks(), caller, request, NetworkView::of);
	}

	@GetMapping("/api/openstack-networks/{uuid}/")
	NetworkView network(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return NetworkView.of(visible(this.store.networks(), caller, uuid));
	}

	@GetMapping("/api/openstack-subnets/")
	ResponseEntity<List<SubnetView>> subnets(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
		return list(this.store.subnets(), caller, request, SubnetView::of);
	}

	@GetMapping("/api/openstack-subnets/{uuid}/")
	SubnetView subnet(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return SubnetView.of(visible(this.store.subnets(), caller, uuid));
	}

	@GetMapping("/api/openstack-routers/")
	ResponseEntity<List<RouterView>> routers(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
		return list(this.store.routers(), caller, request, RouterView::of);
	}

	@GetMapping("/api/openstack-routers/{uuid}/")
	RouterView router(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return RouterView.of(visible(this.store.routers(), caller, uuid));
	}

	@GetMapping("/api/openstack-security-groups/")
	ResponseEntity<List<SecurityGroupView>> securityGroups(@AuthenticationPrincipal Caller caller,
			HttpServletRequest request) {
		return list(this.store.groups(), caller, request, SecurityGroupView::of);
	}

	@GetMapping("/api/openstack-security-groups/{uuid}/")
	SecurityGroupView securityGroup(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return SecurityGroupView.of(visible(this.store.groups(), caller, uuid));
	}

	@GetMapping("/api/openstack-ports/")
	ResponseEntity<List<PortView>> ports(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
		return list(this.store.ports(), caller, request, PortView::of);
	}

	@GetMapping("/api/openstack-ports/{uuid}/")
	PortView port(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return PortView.of(visible(this.store.ports(), caller, uuid));
	}

	@GetMapping("/api/openstack-floating-ips/")
	ResponseEntity<List<FloatingIpView>> floatingIps(@AuthenticationPrincipal Caller caller,
			HttpServletRequest request) {
		return list(this.store.floatingIps(), caller, request, FloatingIpView::of);
	}

	@GetMapping("/api/openstack-floating-ips/{uuid}/")
	FloatingIpView floatingIp(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return FloatingIpView.of(visible(this.store.floatingIps(), caller, uuid));
	}

	private static <E extends TenantObject, V> ResponseEntity<List<V>> list(TenantObjects<E> store, Caller caller,
			HttpServletRequest request, Function<E, V> view) {
		var tenantUuid = QueryFilters.uuid(request, "tenant_uuid");
		var backendId = QueryFilters.text(request, "backend_id");
		var name = QueryFilters.containing(request, "name");
		Specification<E> filter = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!caller.seesEverything()) {
				where.add(ProjectVisibility.visibleTo(caller.id(), root.get("tenant").get("project"), query, cb));
			}
			tenantUuid.ifPresent((value) -> where.add(cb.equal(root.get("tenant").get("uuid"), value)));
			backendId.ifPresent((value) -> where.add(cb.equal(root.get("backendId"), value)));
			name.ifPresent((pattern) -> where.add(cb.like(cb.lower(root.get("name")), pattern)));
			return cb.and(where.toArray(Predicate[]::new));
		};
		return Pagination.respond(store.findAll(filter, Pagination.pageable(request, Sort.by("name", "backendId"))),
				request, view);
	}

	private <E extends TenantObject> E visible(TenantObjects<E> store, Caller caller, String uuid) {
		E object = store.findByUuid(Uuids.path(uuid)).orElseThrow(NotFound::new);
		if (!this.permissions.sees(caller, object.getTenant().getProject())) {
			throw new NotFound();
		}
		return object;
	}

}
