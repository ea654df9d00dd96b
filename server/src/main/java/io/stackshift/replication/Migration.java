package io.stackshift.replication;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.stackshift.identity.User;
import io.stackshift.marketplace.Resource;
import io.stackshift.openstack.Tenant;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.snapshot.Snapshot;
import io.stackshift.replication.verify.VerificationReport;
import io.stackshift.system.JsonText;
import io.stackshift.system.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One tenant copied from a source cloud into a destination cloud: what was asked
 * (mappings, networks included), the source as it was read (the snapshot, never changed)
 * and the plan made from it. The migration owns its state transitions; an out-of-order
 * transition is a programming error and fails with the current state named.
 */
@Entity
@Table(name = "migrations")
public class Migration extends Tracked {

	/**
	 * Waldur's states for a migration; since 2025 the API label is the identifier itself.
	 */
	public enum State {

		CREATION_SCHEDULED, CREATING, OK, ERRED;

		public String label() {
			return name();
		}

		public boolean terminal() {
			return this == OK || this == ERRED;
		}

	}

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description = "";

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "created_by_id")
	private User createdBy;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "src_resource_id")
	private Resource srcResource;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dst_resource_id")
	private Resource dstResource;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dst_tenant_id")
	private Tenant dstTenant;

	@Convert(converter = JsonText.class)
	@Column(nullable = false)
	private Map<String, Object> mappings = new LinkedHashMap<>();

	@Column(nullable = false, updatable = false)
	private String snapshot;

	@Column(nullable = false)
	private String plan;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state = State.CREATION_SCHEDULED;

	@Column(nullable = false)
	private String errorMessage = "";

	@Column(nullable = false)
	private String errorTraceback = "";

	/**
	 * Set by {@link Migrations#requestCancel}, without a version check; cleared by a new
	 * run.
	 */
	@Column(nullable = false)
	private boolean cancelRequested;

	/** The report of the last run's verification, as JSON; null until one verified. */
	private String verification;

	private Instant verifiedAt;

	protected Migration() {
	}

	/**
	 * A migration planned and waiting for execution.
	 * @param snapshot the source tenant as JSON, stored once
	 * @param plan the plan as JSON
	 */
	public Migration(String name, String description, User createdBy, Resource srcResource, Resource dstResource,
			Tenant dstTenant, Map<String, Object> mappings, String snapshot, String plan) {
		this.name = name;
		this.description = (description != null) ? description : "";
		this.createdBy = createdBy;
		this.srcResource = srcResource;
		this.dstResource = dstResource;
		this.dstTenant = dstTenant;
		this.mappings = new LinkedHashMap<>(mappings);
		this.snapshot = snapshot;
		this.plan = plan;
	}

	// @formatter:off
	public String getName() { return this.name; }
	public String getDescription() { return this.description; }
	public User getCreatedBy() { return this.createdBy; }
	public Resource getSrcResource() { return this.srcResource; }
	public Resource getDstResource() { return this.dstResource; }
	public Tenant getDstTenant() { return this.dstTenant; }
	public Map<String, Object> getMappings() { return new LinkedHashMap<>(this.mappings); }
	public Snapshot getSnapshot() { return MigrationJson.snapshot(this.snapshot); }
	public Plan getPlan() { return MigrationJson.plan(this.plan); }
	public State getState() { return this.state; }
	public String getErrorMessage() { return this.errorMessage; }
	public String getErrorTraceback() { return this.errorTraceback; }
	public Optional<VerificationReport> getVerification() { return Optional.ofNullable(this.verification).map(MigrationJson::report); }
	public Instant getVerifiedAt() { return this.verifiedAt; }
	// @formatter:on

	/** Execution starts: first run, or a new run after a failure. */
	void beginCreating() {
		move(EnumSet.of(State.CREATION_SCHEDULED, State.ERRED), State.CREATING);
		this.errorMessage = "";
		this.errorTraceback = "";
		this.cancelRequested = false;
		this.verification = null;
		this.verifiedAt = null;
	}

	/**
	 * The run's last step is done and the destination was compared with the plan: OK when
	 * it matches, else ERRED with the differences.
	 */
	void verified(VerificationReport report, Instant at) {
		this.verification = MigrationJson.write(report);
		this.verifiedAt = at;
		if (report.matches()) {
			markOk();
		}
		else {
			markErred("The destination differs from the plan: " + report.differences().size() + " differences.",
					report.toString());
		}
	}

	/** The destination holds what the plan says. */
	void markOk() {
		move(EnumSet.of(State.CREATING), State.OK);
	}

	/** Execution failed, or could not start. */
	void markErred(String message, String traceback) {
		move(EnumSet.of(State.CREATION_SCHEDULED, State.CREATING), State.ERRED);
		this.errorMessage = (message != null) ? message : "";
		this.errorTraceback = (traceback != null) ? traceback : "";
	}

	private void move(Set<State> from, State to) {
		if (!from.contains(this.state)) {
			throw new IllegalStateException("Could not change state of migration " + getUuid() + " to " + to.label()
					+ ". Current state: " + this.state.label() + ".");
		}
		this.state = to;
		touch();
	}

}
