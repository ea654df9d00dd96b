package io.stackshift.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.stackshift.identity.Caller;
import io.stackshift.identity.Customer;
import io.stackshift.identity.Customers;
import io.stackshift.identity.Permission;
import io.stackshift.identity.Permissions;
import io.stackshift.identity.Project;
import io.stackshift.identity.ProjectContents;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/projects/}: projects of organisations, and the roles held on them. */
@RestController
@RequestMapping("/api/projects")
@Transactional
class ProjectController extends Membership<Project> {

	private final Projects projects;

	private final Customers customers;

	private final Team team;

	private final Permissions permissions;

	private final List<ProjectContents> contents;

	ProjectController(Projects projects, Customers customers, Users users, Team team, Permissions permissions,
			List<ProjectContents> contents) {
		super(users);
		this.contents = contents;
		this.projects = projects;
		this.customers = customers;
		this.team = team;
		this.permissions = permissions;
	}

	record ProjectView(UUID uuid, String url, String name, String description, UUID customerUuid, String customerName,
			String customer, Instant created) {

		static ProjectView of(Project project) {
			Customer customer = project.getCustomer();
			return new ProjectView(project.getUuid(), Links.url("projects", project.getUuid()), project.getName(),
					project.getDescription(), customer.getUuid(), customer.getName(),
					Links.url("customers", customer.getUuid()), project.getCreated());
		}

	}

	record ProjectRequest(@Size(max = 300) String customer, @Size(max = 500) String name,
			@Size(max = 2000) String description) {
	}

	@GetMapping("/")
	ResponseEntity<List<ProjectView>> list(@AuthenticationPrincipal Caller caller,
			@RequestParam(name = "customer_uuid", required = false) String customerUuid, HttpServletRequest request) {
		Pageable pageable = Pagination.pageable(request, Sort.by("name", "id"));
		Customer customer = null;
		if (customerUuid != null) {
			customer = Uuids.parse(customerUuid)
				.flatMap(this.customers::findByUuid)
				.orElseThrow(() -> InvalidInput.field("customer_uuid", References.doesNotExist(customerUuid)));
		}
		Page<Project> page = caller.seesEverything() ? this.projects.findAllIn(customer, pageable)
				: this.projects.findConnectedTo(caller.id(), customer, pageable);
		return Pagination.respond(page, request, ProjectView::of);
	}

	@GetMapping("/{uuid}/")
	ProjectView get(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return ProjectView.of(visible(caller, uuid));
	}

	@PostMapping("/")
	@ResponseStatus(HttpStatus.CREATED)
	ProjectView create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody ProjectRequest body) {
		Customer customer = References.resolve("customer", body.customer(), this.customers::findByUuid);
		if (!this.permissions.sees(caller, customer)) {
			throw InvalidInput.field("customer", References.doesNotExist(body.customer()));
		}
		this.permissions.require(caller, Permission.PROJECT_CREATE, customer);
		Project project = new Project(customer, InvalidInput.requiredText("name", body.name()));
		project.setDescription(body.description());
		return ProjectView.of(this.projects.save(project));
	}

	@RequestMapping(path = "/{uuid}/", method = { RequestMethod.PATCH, RequestMethod.PUT })
	ProjectView update(@AuthenticationPrincipal Caller caller, @PathVariable String uuid,
			@Valid @RequestBody ProjectRequest body) {
		Project project = visible(caller, uuid);
		this.permissions.require(caller, Permission.PROJECT_UPDATE, project);
		if (body.customer() != null) {
			throw InvalidInput.field("customer", "A project cannot move to another organisation.");
		}
		String name = InvalidInput.optionalText("name", body.name());
		if (name != null) {
			project.setName(name);
		}
		if (body.description() != null) {
			project.setDescription(body.description());
		}
		return ProjectView.of(project);
	}

	@DeleteMapping("/{uuid}/")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		Project project = visible(caller, uuid);
		this.permissions.require(caller, Permission.PROJECT_DELETE, project);
		this.contents.stream()
			.map((content) -> content.blocksDeletion(project))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.ifPresent((reason) -> {
				throw new Conflict(reason);
			});
		this.projects.delete(project);
		this.projects.flush();
		return ResponseEntity.noContent().build();
	}

	@Override
	List<RoleGrant> members(Project scope) {
		return this.team.members(scope);
	}

	@Override
	RoleGrant grant(Caller caller, Project scope, User user, String role, Instant expiration) {
		return this.team.grant(caller, scope, user, role, expiration);
	}

	@Override
	void revoke(Caller caller, Project scope, User user, String role) {
		this.team.revoke(caller, scope, user, role);
	}

	@Override
	Project visible(Caller caller, String uuid) {
		Project project = this.projects.findByUuid(Uuids.path(uuid)).orElseThrow(NotFound::new);
		if (!this.permissions.sees(caller, project)) {
			throw new NotFound();
		}
		return project;
	}

}
