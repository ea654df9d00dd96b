package io.stackshift.replication.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.stackshift.identity.Caller;
import io.stackshift.openstack.client.OpenStackException;
import io.stackshift.replication.Migration;
import io.stackshift.replication.MigrationExecution;
import io.stackshift.replication.MigrationRequest;
import io.stackshift.replication.MigrationService;
import io.stackshift.replication.Migrations;
import io.stackshift.replication.apply.Checkpoint;
import io.stackshift.replication.plan.Step;
import io.stackshift.replication.verify.Difference;
import io.stackshift.replication.verify.VerificationReport;
import io.stackshift.system.web.Conflict;
import io.stackshift.system.web.NotFound;
import io.stackshift.system.web.Pagination;
import io.stackshift.system.web.PermissionDenied;
import io.stackshift.system.web.QueryFilters;
import io.stackshift.system.web.Uuids;
import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Waldur's {@code /api/openstack-migrations/}: create (plan and store), preview (plan
 * only), list, details, the stored plan, and delete once finished. A migration is seen by
 * its creator, staff and support; anyone else gets a 404. There is no update: a migration
 * is what was asked and planned (PUT and PATCH answer 405, B18). Execution: run (resume
 * from the checkpoints), cancel, cleanup, and the steps and verification report to see
 * it; acting is for the creator and staff, support only reads.
 */
@RestController
@RequestMapping("/api/openstack-migrations")
@Transactional
class MigrationController {

	private final MigrationService service;

	private final Migrations migrations;

	private final MigrationExecution execution;

	MigrationController(MigrationService service, Migrations migrations, MigrationExecution execution) {
		this.service = service;
		this.migrations = migrations;
		this.execution = execution;
	}

	@GetMapping("/")
	ResponseEntity<List<MigrationView>> list(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
		Pageable pageable = Pagination.pageable(request, Sort.by("created", "id"));
		Page<Migration> page = this.migrations.findAll(filters(caller, request), pageable);
		return Pagination.respond(page, request, this::view);
	}

	@GetMapping("/{uuid}/")
	MigrationView get(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		return view(visible(caller, uuid));
	}

	@GetMapping("/{uuid}/plan/")
	PlanView plan(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		Migration migration = visible(caller, uuid);
		return PlanView.of(migration.getPlan(), migration.getDstResource().getLimits());
	}

	@PostMapping("/")
	@ResponseStatus(HttpStatus.CREATED)
	MigrationView create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody MigrationRequest body) {
		return view(this.service.create(caller, body));
	}

	/**
	 * Runs outside this controller's transaction: the service's own is rolled back, so
	 * that nothing a preview touched is kept.
	 */
	@PostMapping("/preview/")
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	PlanView preview(@AuthenticationPrincipal Caller caller, @Valid @RequestBody MigrationRequest body) {
		var planned = this.service.preview(caller, body);
		return PlanView.of(planned.plan(), planned.limits());
	}

	/**
	 * Starts a run of a scheduled or erred migration from its checkpoints. Claiming is a
	 * transaction of its own, outside this controller's, so that a second concurrent call
	 * finds the migration CREATING, or loses the version check, and gets a 409.
	 */
	@PostMapping("/{uuid}/run/")
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	ResponseEntity<Map<String, String>> run(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		Migration migration = actionable(caller, uuid);
		try {
			this.execution.resume(migration.getUuid());
		}
		catch (IllegalStateException | OptimisticLockingFailureException ex) {
			throw new Conflict("The migration is running or done; only a scheduled or erred one can be run.");
		}
		return ResponseEntity.accepted().body(Map.of("status", "Run started."));
	}

	/** Stops a running migration once the steps in flight are answered; it ends ERRED. */
	@PostMapping("/{uuid}/cancel/")
	ResponseEntity<Map<String, String>> cancel(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		Migration migration = actionable(caller, uuid);
		if (!this.execution.cancel(migration.getUuid())) {
			throw new Conflict(
					"Only a running migration can be cancelled; this one is " + migration.getState().label() + ".");
		}
		return ResponseEntity.accepted().body(Map.of("status", "Cancelling after the steps in flight."));
	}

	/**
	 * Deletes from the destination exactly what the migration's runs created; call again
	 * to resume after a failure. The migration itself stays, with its checkpoints.
	 */
	@PostMapping("/{uuid}/cleanup/")
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	Map<String, List<String>> cleanup(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		Migration migration = actionable(caller, uuid);
		if (!migration.getState().terminal()) {
			throw new Conflict("A migration can be cleaned up only when it is OK or ERRED; this one is "
					+ migration.getState().label() + ".");
		}
		return Map.of("remaining", this.execution.cleanup(migration.getUuid()));
	}

	@GetMapping("/{uuid}/steps/")
	ResponseEntity<List<StepView>> steps(@AuthenticationPrincipal Caller caller, @PathVariable String uuid,
			HttpServletRequest request) {
		Migration migration = visible(caller, uuid);
		Map<String, Checkpoint> checkpoints = this.execution.checkpoints(migration.getUuid());
		List<Step> steps = migration.getPlan().steps();
		Pageable pageable = Pagination.pageable(request, Sort.unsorted());
		int from = (int) Math.min(pageable.getOffset(), steps.size());
		int to = Math.min(from + pageable.getPageSize(), steps.size());
		Page<Step> page = new PageImpl<>(steps.subList(from, to), pageable, steps.size());
		return Pagination.respond(page, request, (step) -> StepView.of(step, checkpoints.get(step.key())));
	}

	/**
	 * The verification of the last run, as it was when the run ended; with {@code live}
	 * (or before any run was verified) the destination as it is now compared with the
	 * plan, which reads the cloud and changes nothing.
	 */
	@GetMapping("/{uuid}/report/")
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	ReportView report(@AuthenticationPrincipal Caller caller, @PathVariable String uuid,
			@RequestParam(defaultValue = "false") boolean live) {
		Migration migration = visible(caller, uuid);
		Optional<VerificationReport> recorded = live ? Optional.empty() : migration.getVerification();
		if (recorded.isPresent()) {
			return ReportView.of(recorded.get(), migration.getVerifiedAt(), false);
		}
		return ReportView.of(this.execution.report(migration.getUuid()), Instant.now(), true);
	}

	/**
	 * The verification report's body.
	 *
	 * @param verifiedAt when the destination was read
	 * @param live whether it was read for this request rather than at the end of the run
	 */
	record ReportView(int checked, boolean matches, List<Difference> differences, Instant verifiedAt, boolean live) {

		static ReportView of(VerificationReport report, Instant at, boolean live) {
			return new ReportView(report.checked(), report.matches(), report.differences(), at, live);
		}

	}

	/** Removes the record only; no cloud is touched. */
	@DeleteMapping("/{uuid}/")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable String uuid) {
		Migration migration = visible(caller, uuid);
		if (!caller.staff() && !migration.getCreatedBy().getId().equals(caller.id())) {
			throw new PermissionDenied();
		}
		if (!migration.getState().terminal()) {
			throw new Conflict("A migration can be deleted only when it is OK or ERRED; this one is "
					+ migration.getState().label() + ".");
		}
		this.migrations.delete(migration);
		return ResponseEntity.noContent().build();
	}

	/**
	 * A cloud that cannot be read leaves the request undecided: nothing was stored, and
	 * the client may try again; 502 says the fault is upstream, not in the request.
	 */
	@ExceptionHandler
	ResponseEntity<Map<String, String>> cloudFailed(OpenStackException ex) {
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
			.body(Map.of("detail", "The cloud could not be read; nothing was created. " + ex.getMessage()));
	}

	private MigrationView view(Migration migration) {
		return MigrationView.of(migration, MigrationView.Progress.of(this.execution.progress(migration)));
	}

	/**
	 * Visible, and the caller may act on it: its creator or staff (support reads only).
	 */
	private Migration actionable(Caller caller, String uuid) {
		Migration migration = visible(caller, uuid);
		if (!caller.staff() && !migration.getCreatedBy().getId().equals(caller.id())) {
			throw new PermissionDenied();
		}
		return migration;
	}

	private Migration visible(Caller caller, String uuid) {
		return Uuids.parse(uuid)
			.flatMap(this.migrations::findByUuid)
			.filter((migration) -> caller.seesEverything() || migration.getCreatedBy().getId().equals(caller.id()))
			.orElseThrow(NotFound::new);
	}

	private static Specification<Migration> filters(Caller caller, HttpServletRequest request) {
		UUID source = QueryFilters.uuid(request, "src_resource_uuid").orElse(null);
		UUID destination = QueryFilters.uuid(request, "dst_resource_uuid").orElse(null);
		List<Migration.State> states = QueryFilters.choices(request, "state", Migration.State.values(),
				Migration.State::label);
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (!caller.seesEverything()) {
				predicates.add(cb.equal(root.get("createdBy").get("id"), caller.id()));
			}
			if (source != null) {
				predicates.add(cb.equal(root.get("srcResource").get("uuid"), source));
			}
			if (destination != null) {
				predicates.add(cb.equal(root.get("dstResource").get("uuid"), destination));
			}
			if (!states.isEmpty()) {
				predicates.add(root.get("state").in(states));
			}
			return cb.and(predicates.toArray(new Predicate[0]));
		};
	}

}
