package io.stackshift.marketplace.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import io.stackshift.identity.Caller;
import io.stackshift.identity.Permissions;
import io.stackshift.identity.Project;
import io.stackshift.identity.ProjectVisibility;
import io.stackshift.identity.User;
import io.stackshift.identity.Users;
import io.stackshift.marketplace.Offering;
import io.stackshift.marketplace.Order;
import io.stackshift.marketplace.OrderReviews;
import io.stackshift.marketplace.Orders;
import io.stackshift.marketplace.Plan;
import io.stackshift.marketplace.Resource;
import io.stackshift.system.web.Conflict;
import io.stackshift.system.web.Links;
import io.stackshift.system.web.NotFound;
import io.stackshift.system.web.Pagination;
import io.stackshift.system.web.PermissionDenied;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/marketplace-orders/}: the record of what was asked of a provider and how it
 * was reviewed. Orders are recorded by imports and migrations; pending ones are reviewed
 * here by the consumer, then the provider.
 */
@RestController
@RequestMapping("/api/marketplace-orders")
@Transactional
class OrderController {

	private final Orders orders;

	private final OrderReviews reviews;

	private final Permissions permissions;

	private final Users users;

	OrderController(Orders orders, OrderReviews reviews, Permissions permissions, Users users) {
		this.orders = orders;
		this.reviews = reviews;
		this.permissions = permissions;
		this.users = users;
	}

	record OrderView(UUID uuid, String url, String type, String state, UUID projectUuid, String projectName,
			UUID customerUuid, String customerName, UUID offeringUuid, String offeringName, String offering,
			UUID providerUuid, String providerName, UUID marketplaceResourceUuid, String resourceName, UUID planUuid,
			String planName, Map<String, Object> limits, String attachment, String createdBy, String createdByUsername,
			String createdByFullName, String consumerReviewedBy, Instant consumerReviewedAt, String providerReviewedBy,
			Instant providerReviewedAt, String errorMessage, String errorTraceback, Instant created, Instant modified) {
	}

	@GetMapping("/")
	ResponseEntity<List<OrderView>> list(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
		return Pagination.respond(
				this.orders.findAll(filter(caller, request),
						Pagination.pageable(request, Sort.by(Sort.Direction.DESC, "created", "id"))),
				request, this::view);
	}

	@GetMapping("/{uuid}/")
	OrderView get(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return view(visible(caller, uuid));
	}

	@PostMapping("/{uuid}/approve_by_consumer/")
	OrderView approveByConsumer(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return review(caller, uuid, true, Order::approveByConsumer);
	}

	@PostMapping("/{uuid}/reject_by_consumer/")
	OrderView rejectByConsumer(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return review(caller, uuid, true, Order::rejectByConsumer);
	}

	@PostMapping("/{uuid}/approve_by_provider/")
	OrderView approveByProvider(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return review(caller, uuid, false, Order::approveByProvider);
	}

	@PostMapping("/{uuid}/reject_by_provider/")
	OrderView rejectByProvider(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return review(caller, uuid, false, Order::rejectByProvider);
	}

	/** The creator may withdraw an order; so may whoever may approve it as consumer. */
	@PostMapping("/{uuid}/cancel/")
	OrderView cancel(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		Order order = visible(caller, uuid);
		boolean creator = order.getCreatedBy() != null && order.getCreatedBy().getId() == caller.id();
		if (!creator && !this.reviews.mayApproveAsConsumer(caller, order)) {
			throw new PermissionDenied();
		}
		return transition(order, order::cancel);
	}

	private OrderView review(Caller caller, String uuid, boolean asConsumer, BiConsumer<Order, User> action) {
		Order order = visible(caller, uuid);
		boolean allowed = asConsumer ? this.reviews.mayApproveAsConsumer(caller, order)
				: this.reviews.mayReviewAsProvider(caller, order);
		if (!allowed) {
			throw new PermissionDenied();
		}
		User reviewer = this.users.getReferenceById(caller.id());
		return transition(order, () -> action.accept(order, reviewer));
	}

	private OrderView transition(Order order, Runnable change) {
		try {
			change.run();
		}
		catch (IllegalStateException ex) {
			throw new Conflict(ex.getMessage());
		}
		return view(order);
	}

	/**
	 * Consumers see their projects' orders; providers see the orders for their offerings.
	 */
	private Specification<Order> filter(Caller caller, HttpServletRequest request) {
		var projectUuid = QueryFilters.uuid(request, "project_uuid");
		var customerUuid = QueryFilters.uuid(request, "customer_uuid");
		var offeringUuid = QueryFilters.uuid(request, "offering_uuid");
		var resourceUuid = QueryFilters.uuid(request, "resource_uuid");
		var states = QueryFilters.choices(request, "state", Order.State.values(), Order.State::label);
		var types = QueryFilters.choices(request, "type", Order.Type.values(), Order.Type::label);
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!caller.seesEverything()) {
				where.add(cb.or(ProjectVisibility.visibleTo(caller.id(), root.get("project"), query, cb),
						root.get("offering")
							.get("customer")
							.get("id")
							.in(ProjectVisibility.customerIds(caller.id(), query, cb))));
			}
			projectUuid.ifPresent((value) -> where.add(cb.equal(root.get("project").get("uuid"), value)));
			customerUuid
				.ifPresent((value) -> where.add(cb.equal(root.get("project").get("customer").get("uuid"), value)));
			offeringUuid.ifPresent((value) -> where.add(cb.equal(root.get("offering").get("uuid"), value)));
			resourceUuid.ifPresent((value) -> where.add(cb.equal(root.get("resource").get("uuid"), value)));
			if (!states.isEmpty()) {
				where.add(root.get("state").in(states));
			}
			if (!types.isEmpty()) {
				where.add(root.get("type").in(types));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private Order visible(Caller caller, String uuid) {
		Order order = this.orders.findByUuid(Uuids.path(uuid)).orElseThrow(NotFound::new);
		if (this.permissions.sees(caller, order.getProject())
				|| this.permissions.sees(caller, order.getOffering().getCustomer())) {
			return order;
		}
		throw new NotFound();
	}

	private OrderView view(Order order) {
		Project project = order.getProject();
		Offering offering = order.getOffering();
		Resource resource = order.getResource();
		Plan plan = order.getPlan();
		User creator = order.getCreatedBy();
		return new OrderView(order.getUuid(), Links.url("marketplace-orders", order.getUuid()), order.getType().label(),
				order.getState().label(), project.getUuid(), project.getName(), project.getCustomer().getUuid(),
				project.getCustomer().getName(), offering.getUuid(), offering.getName(),
				Links.url("marketplace-provider-offerings", offering.getUuid()), offering.getCustomer().getUuid(),
				offering.getCustomer().getName(), (resource != null) ? resource.getUuid() : null,
				(resource != null) ? resource.getName() : null, (plan != null) ? plan.getUuid() : null,
				(plan != null) ? plan.getName() : null, order.getLimits(), order.getAttachment(),
				(creator != null) ? Links.url("users", creator.getUuid()) : null,
				(creator != null) ? creator.getUsername() : null, (creator != null) ? creator.getFullName() : null,
				username(order.getConsumerReviewedBy()), order.getConsumerReviewedAt(),
				username(order.getProviderReviewedBy()), order.getProviderReviewedAt(), order.getErrorMessage(),
				order.getErrorTraceback(), order.getCreated(), order.getModified());
	}

	private static String username(User user) {
		return (user != null) ? user.getUsername() : null;
	}

}
