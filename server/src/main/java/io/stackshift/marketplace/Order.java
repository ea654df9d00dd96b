package io.stackshift.marketplace;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.stackshift.identity.Project;
import io.stackshift.identity.User;
import io.stackshift.system.Tracked;
import io.stackshift.system.JsonText;
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
 * A request to create, change or terminate a resource, and its review: the consumer
 * approves, then the provider, then it executes. The order owns these transitions and
 * refuses any other.
 */
@Entity
@Table(name = "orders")
public class Order extends Tracked {

	/** What the order asks for, with Waldur's labels. */
	public enum Type {

		CREATE("Create"), UPDATE("Update"), TERMINATE("Terminate");

		private final String label;

		Type(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** Where the order stands, with Waldur's labels. */
	public enum State {

		PENDING_CONSUMER("pending-consumer"), PENDING_PROVIDER("pending-provider"), EXECUTING("executing"),
		DONE("done"), ERRED("erred"), CANCELED("canceled"), REJECTED("rejected");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	private static final Set<State> PENDING = EnumSet.of(State.PENDING_CONSUMER, State.PENDING_PROVIDER);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Type type = Type.CREATE;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state = State.PENDING_CONSUMER;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "project_id")
	private Project project;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "offering_id")
	private Offering offering;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "resource_id")
	private Resource resource;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Convert(converter = JsonText.class)
	@Column(nullable = false)
	private Map<String, Object> limits = new LinkedHashMap<>();

	/** A purchase order document reference, required by some offerings. */
	private String attachment;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "created_by_id")
	private User createdBy;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "consumer_reviewed_by")
	private User consumerReviewedBy;

	private Instant consumerReviewedAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "provider_reviewed_by")
	private User providerReviewedBy;

	private Instant providerReviewedAt;

	@Column(nullable = false)
	private String errorMessage = "";

	@Column(nullable = false)
	private String errorTraceback = "";

	protected Order() {
	}

	public Order(Type type, Project project, Offering offering, User createdBy) {
		this.type = type;
		this.project = project;
		this.offering = offering;
		this.createdBy = createdBy;
	}

	/**
	 * An order that records something already carried out (an import, a migration):
	 * reviewed by its creator at {@code at}, and finished as done or erred.
	 */
	public static Order recorded(Type type, Resource resource, User by, Instant at, boolean succeeded, String error,
			String traceback) {
		Order order = new Order(type, resource.getProject(), resource.getOffering(), by);
		order.resource = resource;
		order.limits = resource.getLimits();
		order.backdate(at);
		order.consumerReviewedBy = by;
		order.consumerReviewedAt = at;
		order.providerReviewedBy = by;
		order.providerReviewedAt = at;
		order.state = succeeded ? State.DONE : State.ERRED;
		order.errorMessage = (error != null) ? error : "";
		order.errorTraceback = (traceback != null) ? traceback : "";
		return order;
	}

	// @formatter:off
	public Type getType() { return this.type; }
	public State getState() { return this.state; }
	public Project getProject() { return this.project; }
	public Offering getOffering() { return this.offering; }
	public Resource getResource() { return this.resource; }
	public Plan getPlan() { return this.plan; }
	public void setPlan(Plan plan) { this.plan = plan; }
	public Map<String, Object> getLimits() { return new LinkedHashMap<>(this.limits); }
	public String getAttachment() { return this.attachment; }
	public void setAttachment(String attachment) { this.attachment = attachment; }
	public User getCreatedBy() { return this.createdBy; }
	public User getConsumerReviewedBy() { return this.consumerReviewedBy; }
	public Instant getConsumerReviewedAt() { return this.consumerReviewedAt; }
	public User getProviderReviewedBy() { return this.providerReviewedBy; }
	public Instant getProviderReviewedAt() { return this.providerReviewedAt; }
	public String getErrorMessage() { return this.errorMessage; }
	public String getErrorTraceback() { return this.errorTraceback; }
	// @formatter:on

	public void approveByConsumer(User reviewer) {
		require(State.PENDING_CONSUMER, "approve as consumer");
		this.consumerReviewedBy = reviewer;
		this.consumerReviewedAt = Instant.now();
		move(State.PENDING_PROVIDER);
	}

	public void rejectByConsumer(User reviewer) {
		require(State.PENDING_CONSUMER, "reject as consumer");
		this.consumerReviewedBy = reviewer;
		this.consumerReviewedAt = Instant.now();
		move(State.REJECTED);
	}

	public void approveByProvider(User reviewer) {
		require(State.PENDING_PROVIDER, "approve as provider");
		this.providerReviewedBy = reviewer;
		this.providerReviewedAt = Instant.now();
		move(State.EXECUTING);
	}

	public void rejectByProvider(User reviewer) {
		require(State.PENDING_PROVIDER, "reject as provider");
		this.providerReviewedBy = reviewer;
		this.providerReviewedAt = Instant.now();
		move(State.REJECTED);
	}

	public void cancel() {
		if (!PENDING.contains(this.state)) {
			throw new IllegalStateException(
					"Only a pending order can be canceled; this one is " + this.state.label() + ".");
		}
		move(State.CANCELED);
	}

	private void require(State expected, String action) {
		if (this.state != expected) {
			throw new IllegalStateException(
					"Cannot " + action + ": the order is " + this.state.label() + ", not " + expected.label() + ".");
		}
	}

	private void move(State next) {
		this.state = next;
		touch();
	}

}
