package io.stackshift.marketplace.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.stackshift.identity.Caller;
import io.stackshift.identity.Customer;
import io.stackshift.identity.Customers;
import io.stackshift.identity.Permission;
import io.stackshift.identity.Permissions;
import io.stackshift.marketplace.Offering;
import io.stackshift.marketplace.Offerings;
import io.stackshift.marketplace.Plan;
import io.stackshift.marketplace.Plans;
import io.stackshift.marketplace.PluginOptions;
import io.stackshift.openstack.Cloud;
import io.stackshift.openstack.Clouds;
import io.stackshift.system.web.Conflict;
import io.stackshift.system.web.InvalidInput;
import io.stackshift.system.web.Links;
import io.stackshift.system.web.NotFound;
import io.stackshift.system.web.Pagination;
import io.stackshift.system.web.References;
import io.stackshift.system.web.Uuids;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/marketplace-provider-offerings/}: a provider's offerings of its clouds, and
 * their provider actions (pause, unpause, archive).
 */
@RestController
@RequestMapping("/api/marketplace-provider-offerings")
@Transactional
class OfferingController {

	private final Offerings offerings;

	private final Plans plans;

	private final Customers customers;

	private final Clouds clouds;

	private final Permissions permissions;

	OfferingController(Offerings offerings, Plans plans, Customers customers, Clouds clouds, Permissions permissions) {
		this.offerings = offerings;
		this.plans = plans;
		this.customers = customers;
		this.clouds = clouds;
		this.permissions = permissions;
	}

	record PlanSummary(UUID uuid, String url, String name, Integer maxAmount, boolean archived) {
	}

	record OfferingView(UUID uuid, String url, String name, String description, String type, UUID customerUuid,
			String customerName, String customer, UUID scopeUuid, String scopeName, String scope, boolean shared,
			boolean billable, String state, Map<String, Object> pluginOptions, List<PlanSummary> plans,
			Instant created) {
	}

	record OfferingRequest(@Size(max = 150) String name, @Size(max = 2000) String description,
			@Size(max = 64) String type, @Size(max = 300) String customer, @Size(max = 300) String scope,
			Boolean shared, Boolean billable, Map<String, Object> pluginOptions) {
	}

	@GetMapping("/")
	ResponseEntity<List<OfferingView>> list(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
		Pageable pageable = Pagination.pageable(request, Sort.by("name", "id"));
		Page<Offering> page = caller.seesEverything() ? this.offerings.findAll(pageable)
				: this.offerings.findVisibleTo(caller.id(), pageable);
		return Pagination.respond(page, request, this::view);
	}

	@GetMapping("/{uuid}/")
	OfferingView get(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return view(visible(caller, uuid));
	}

	@PostMapping("/")
	@ResponseStatus(HttpStatus.CREATED)
	OfferingView create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody OfferingRequest body) {
		InvalidInput.Collector errors = new InvalidInput.Collector();
		errors.requireText("name", body.name());
		if (body.type() != null && !Offering.OPENSTACK_TENANT.equals(body.type())) {
			errors.reject("type",
					"\"" + body.type() + "\" is not a valid choice. Supported: " + Offering.OPENSTACK_TENANT + ".");
		}
		if (body.scope() == null) {
			errors.reject("scope", InvalidInput.REQUIRED);
		}
		errors.throwIfAny();
		Customer customer = References.resolve("customer", body.customer(), this.customers::findByUuid);
		if (!this.permissions.sees(caller, customer)) {
			throw InvalidInput.field("customer", References.doesNotExist(body.customer()));
		}
		this.permissions.require(caller, Permission.OFFERING_CREATE, customer);
		PluginOptions options = PluginOptions.parse((body.pluginOptions() != null) ? body.pluginOptions() : Map.of());
		Offering offering = new Offering(body.name().trim(), customer, cloud(caller, body.scope()));
		offering.setDescription(body.description());
		offering.setPluginOptions(options);
		if (body.shared() != null) {
			offering.setShared(body.shared());
		}
		if (body.billable() != null) {
			offering.setBillable(body.billable());
		}
		return view(this.offerings.save(offering));
	}

	@RequestMapping(path = "/{uuid}/", method = { RequestMethod.PATCH, RequestMethod.PUT })
	OfferingView update(@AuthenticationPrincipal Caller caller, @PathVariable String uuid,
			@Valid @RequestBody OfferingRequest body) {
		Offering offering = visible(caller, uuid);
		this.permissions.demand(caller, Permission.OFFERING_UPDATE, offering.getCustomer());
		if (body.customer() != null) {
			throw InvalidInput.field("customer", "An offering cannot move to another provider.");
		}
		if (body.type() != null && !offering.getType().equals(body.type())) {
			throw InvalidInput.field("type", "The type of an offering cannot change.");
		}
		String name = InvalidInput.optionalText("name", body.name());
		if (name != null) {
			offering.setName(name);
		}
		if (body.pluginOptions() != null) {
			offering.setPluginOptions(PluginOptions.parse(body.pluginOptions()));
		}
		if (body.scope() != null) {
			offering.setScope(cloud(caller, body.scope()));
		}
		if (body.description() != null) {
			offering.setDescription(body.description());
		}
		if (body.shared() != null) {
			offering.setShared(body.shared());
		}
		if (body.billable() != null) {
			offering.setBillable(body.billable());
		}
		return view(offering);
	}

	@PostMapping("/{uuid}/pause/")
	OfferingView pause(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return transition(caller, uuid, Offering::pause);
	}

	@PostMapping("/{uuid}/unpause/")
	OfferingView unpause(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return transition(caller, uuid, Offering::unpause);
	}

	@PostMapping("/{uuid}/archive/")
	OfferingView archive(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return transition(caller, uuid, Offering::archive);
	}

	private OfferingView transition(Caller caller, String uuid, java.util.function.Consumer<Offering> action) {
		Offering offering = visible(caller, uuid);
		this.permissions.demand(caller, Permission.OFFERING_UPDATE, offering.getCustomer());
		try {
			action.accept(offering);
		}
		catch (IllegalStateException ex) {
			throw new Conflict(ex.getMessage());
		}
		return view(offering);
	}

	private Cloud cloud(Caller caller, String reference) {
		Cloud cloud = References.resolve("scope", reference, this.clouds::findByUuid);
		boolean usable = caller.staff() || cloud.isShared()
				|| (cloud.getCustomer() != null && this.permissions.sees(caller, cloud.getCustomer()));
		if (!usable) {
			throw InvalidInput.field("scope", References.doesNotExist(reference));
		}
		return cloud;
	}

	private Offering visible(Caller caller, String uuid) {
		Offering offering = this.offerings.findByUuid(Uuids.path(uuid)).orElseThrow(NotFound::new);
		if (caller.seesEverything() || offering.isShared() || this.permissions.sees(caller, offering.getCustomer())) {
			return offering;
		}
		throw new NotFound();
	}

	private OfferingView view(Offering offering) {
		Customer customer = offering.getCustomer();
		Cloud scope = offering.getScope();
		List<PlanSummary> plans = this.plans.findAllOf(offering, Pageable.unpaged(Sort.by("name")))
			.stream()
			.map((Plan plan) -> new PlanSummary(plan.getUuid(), Links.url("marketplace-plans", plan.getUuid()),
					plan.getName(), plan.getMaxAmount(), plan.isArchived()))
			.toList();
		return new OfferingView(offering.getUuid(), Links.url("marketplace-provider-offerings", offering.getUuid()),
				offering.getName(), offering.getDescription(), offering.getType(), customer.getUuid(),
				customer.getName(), Links.url("customers", customer.getUuid()),
				(scope != null) ? scope.getUuid() : null, (scope != null) ? scope.getName() : null,
				(scope != null) ? Links.url("service-settings", scope.getUuid()) : null, offering.isShared(),
				offering.isBillable(), offering.getState().name(), offering.getPluginOptions().toMap(), plans,
				offering.getCreated());
	}

}
