package io.stackshift.marketplace.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.stackshift.identity.Caller;
import io.stackshift.identity.Customer;
import io.stackshift.identity.Permission;
import io.stackshift.identity.Permissions;
import io.stackshift.marketplace.Catalog;
import io.stackshift.marketplace.Offering;
import io.stackshift.marketplace.Offerings;
import io.stackshift.marketplace.Plan;
import io.stackshift.marketplace.Plans;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/marketplace-plans/}: plans of offerings, managed by the offering's
 * provider.
 */
@RestController
@RequestMapping("/api/marketplace-plans")
@Transactional
class PlanController {

	private final Plans plans;

	private final Offerings offerings;

	private final Catalog catalog;

	private final Permissions permissions;

	PlanController(Plans plans, Offerings offerings, Catalog catalog, Permissions permissions) {
		this.plans = plans;
		this.offerings = offerings;
		this.catalog = catalog;
		this.permissions = permissions;
	}

	record PlanView(UUID uuid, String url, String name, String description, UUID offeringUuid, String offeringName,
			String offering, Integer maxAmount, boolean archived, boolean isActive, Instant created) {
	}

	record PlanRequest(@Size(max = 300) String offering, @Size(max = 150) String name,
			@Size(max = 2000) String description, Integer maxAmount) {
	}

	@GetMapping("/")
	ResponseEntity<List<PlanView>> list(@AuthenticationPrincipal Caller caller,
			@RequestParam(name = "offering_uuid", required = false) String offeringUuid, HttpServletRequest request) {
		Pageable pageable = Pagination.pageable(request, Sort.by("name", "id"));
		Offering offering = null;
		if (offeringUuid != null) {
			offering = Uuids.parse(offeringUuid)
				.flatMap(this.offerings::findByUuid)
				.filter((candidate) -> sees(caller, candidate))
				.orElseThrow(() -> InvalidInput.field("offering_uuid", References.doesNotExist(offeringUuid)));
		}
		Page<Plan> page = this.plans.findAllOf(offering, Pageable.unpaged(pageable.getSort()));
		List<Plan> visible = page.stream().filter((plan) -> sees(caller, plan.getOffering())).toList();
		return Pagination.respond(Pages.slice(visible, pageable), request, this::view);
	}

	@GetMapping("/{uuid}/")
	PlanView get(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return view(visible(caller, uuid));
	}

	@PostMapping("/")
	@ResponseStatus(HttpStatus.CREATED)
	PlanView create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody PlanRequest body) {
		Offering offering = References.resolve("offering", body.offering(), this.offerings::findByUuid);
		if (!sees(caller, offering)) {
			throw InvalidInput.field("offering", References.doesNotExist(body.offering()));
		}
		this.permissions.demand(caller, Permission.OFFERING_UPDATE, offering.getCustomer());
		String name = InvalidInput.requiredText("name", body.name());
		checkMaxAmount(body.maxAmount());
		Plan plan = new Plan(offering, name);
		plan.setDescription(body.description());
		plan.setMaxAmount(body.maxAmount());
		return view(this.plans.save(plan));
	}

	@RequestMapping(path = "/{uuid}/", method = { RequestMethod.PATCH, RequestMethod.PUT })
	PlanView update(@AuthenticationPrincipal Caller caller, @PathVariable String uuid,
			@Valid @RequestBody PlanRequest body) {
		Plan plan = visible(caller, uuid);
		this.permissions.demand(caller, Permission.OFFERING_UPDATE, plan.getOffering().getCustomer());
		if (body.offering() != null) {
			throw InvalidInput.field("offering", "A plan cannot move to another offering.");
		}
		String name = InvalidInput.optionalText("name", body.name());
		if (name != null) {
			plan.setName(name);
		}
		if (body.description() != null) {
			plan.setDescription(body.description());
		}
		if (body.maxAmount() != null) {
			checkMaxAmount(body.maxAmount());
			plan.setMaxAmount(body.maxAmount());
		}
		return view(plan);
	}

	@PostMapping("/{uuid}/archive/")
	PlanView archive(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		Plan plan = visible(caller, uuid);
		this.permissions.demand(caller, Permission.OFFERING_UPDATE, plan.getOffering().getCustomer());
		plan.archive();
		return view(plan);
	}

	private static void checkMaxAmount(Integer maxAmount) {
		if (maxAmount != null && maxAmount < 1) {
			throw InvalidInput.field("max_amount", "Ensure this value is greater than or equal to 1.");
		}
	}

	private boolean sees(Caller caller, Offering offering) {
		return caller.seesEverything() || offering.isShared() || this.permissions.sees(caller, offering.getCustomer());
	}

	private Plan visible(Caller caller, String uuid) {
		Plan plan = this.plans.findByUuid(Uuids.path(uuid)).orElseThrow(NotFound::new);
		if (!sees(caller, plan.getOffering())) {
			throw new NotFound();
		}
		return plan;
	}

	private PlanView view(Plan plan) {
		Offering offering = plan.getOffering();
		return new PlanView(plan.getUuid(), Links.url("marketplace-plans", plan.getUuid()), plan.getName(),
				plan.getDescription(), offering.getUuid(), offering.getName(),
				Links.url("marketplace-provider-offerings", offering.getUuid()), plan.getMaxAmount(), plan.isArchived(),
				this.catalog.isAvailable(plan), plan.getCreated());
	}

}
