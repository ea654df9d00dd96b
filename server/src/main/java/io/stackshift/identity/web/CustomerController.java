package io.stackshift.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.stackshift.identity.Caller;
import io.stackshift.identity.Customer;
import io.stackshift.identity.Customers;
import io.stackshift.identity.Permission;
import io.stackshift.identity.Permissions;
import io.stackshift.identity.Projects;
import io.stackshift.identity.RoleGrant;
import io.stackshift.identity.User;
import io.stackshift.identity.Team;
import io.stackshift.identity.Users;
import io.stackshift.system.web.Conflict;
import io.stackshift.system.web.InvalidInput;
import io.stackshift.system.web.Links;
import io.stackshift.system.web.NotFound;
import io.stackshift.system.web.Pagination;
import io.stackshift.system.web.Uuids;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/customers/}: organisations, created by staff, run by their owners. */
@RestController
@RequestMapping("/api/customers")
@Transactional
class CustomerController extends Membership<Customer> {

	private final Customers customers;

	private final Projects projects;

	private final Team team;

	private final Permissions permissions;

	CustomerController(Customers customers, Projects projects, Users users, Team team, Permissions permissions) {
		super(users);
		this.customers = customers;
		this.projects = projects;
		this.team = team;
		this.permissions = permissions;
	}

	record CustomerView(UUID uuid, String url, String name, String abbreviation, String email, Instant created) {

		static CustomerView of(Customer customer) {
			return new CustomerView(customer.getUuid(), Links.url("customers", customer.getUuid()), customer.getName(),
					customer.getAbbreviation(), customer.getEmail(), customer.getCreated());
		}

	}

	record CustomerRequest(@Size(max = 150) String name, @Size(max = 12) String abbreviation,
			@Email @Size(max = 254) String email) {
	}

	@GetMapping("/")
	ResponseEntity<List<CustomerView>> list(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
		Pageable pageable = Pagination.pageable(request, Sort.by("name", "id"));
		Page<Customer> page = caller.seesEverything() ? this.customers.findAll(pageable)
				: this.customers.findConnectedTo(caller.id(), pageable);
		return Pagination.respond(page, request, CustomerView::of);
	}

	@GetMapping("/{uuid}/")
	CustomerView get(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return CustomerView.of(visible(caller, uuid));
	}

	@PostMapping("/")
	@ResponseStatus(HttpStatus.CREATED)
	CustomerView create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody CustomerRequest body) {
		this.permissions.requireStaff(caller);
		Customer customer = new Customer(InvalidInput.requiredText("name", body.name()));
		apply(customer, body);
		return CustomerView.of(this.customers.save(customer));
	}

	@RequestMapping(path = "/{uuid}/", method = { RequestMethod.PATCH, RequestMethod.PUT })
	CustomerView update(@AuthenticationPrincipal Caller caller, @PathVariable String uuid,
			@Valid @RequestBody CustomerRequest body) {
		Customer customer = visible(caller, uuid);
		this.permissions.require(caller, Permission.CUSTOMER_UPDATE, customer);
		String name = InvalidInput.optionalText("name", body.name());
		if (name != null) {
			customer.setName(name);
		}
		apply(customer, body);
		return CustomerView.of(customer);
	}

	@DeleteMapping("/{uuid}/")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		Customer customer = visible(caller, uuid);
		this.permissions.requireStaff(caller);
		if (this.projects.countByCustomer(customer) > 0) {
			throw new Conflict("Cannot delete an organisation that still has projects.");
		}
		this.customers.delete(customer);
		return ResponseEntity.noContent().build();
	}

	@Override
	List<RoleGrant> members(Customer scope) {
		return this.team.members(scope);
	}

	@Override
	RoleGrant grant(Caller caller, Customer scope, User user, String role, Instant expiration) {
		return this.team.grant(caller, scope, user, role, expiration);
	}

	@Override
	void revoke(Caller caller, Customer scope, User user, String role) {
		this.team.revoke(caller, scope, user, role);
	}

	@Override
	Customer visible(Caller caller, String uuid) {
		Customer customer = this.customers.findByUuid(Uuids.path(uuid)).orElseThrow(NotFound::new);
		if (!this.permissions.sees(caller, customer)) {
			throw new NotFound();
		}
		return customer;
	}

	private static void apply(Customer customer, CustomerRequest body) {
		if (body.abbreviation() != null) {
			customer.setAbbreviation(body.abbreviation());
		}
		if (body.email() != null) {
			customer.setEmail(body.email());
		}
	}

}
