package io.stackshift.marketplace;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.stackshift.identity.Customer;
import io.stackshift.openstack.Cloud;
import io.stackshift.system.Identifiable;
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
import jakarta.persistence.Version;

/** What a provider offers: here, OpenStack tenants in one of its clouds. */
@Entity
@Table(name = "offerings")
public class Offering extends Identifiable {

	public static final String OPENSTACK_TENANT = "OpenStack.Tenant";

	/** Orders are accepted while ACTIVE or PAUSED (existing resources keep working). */
	public enum State {

		ACTIVE, PAUSED, ARCHIVED

	}

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description = "";

	@Column(nullable = false)
	private String type = OPENSTACK_TENANT;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "scope_id")
	private Cloud scope;

	@Column(nullable = false)
	private boolean shared = true;

	@Column(nullable = false)
	private boolean billable = true;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state = State.ACTIVE;

	@Convert(converter = JsonText.class)
	@Column(nullable = false)
	private Map<String, Object> pluginOptions = new LinkedHashMap<>();

	@Column(nullable = false, updatable = false)
	private Instant created = Instant.now();

	@Version
	private long version;

	protected Offering() {
	}

	public Offering(String name, Customer customer, Cloud scope) {
		this.name = name;
		this.customer = customer;
		this.scope = scope;
	}

	// @formatter:off
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getDescription() { return this.description; }
	public void setDescription(String description) { this.description = (description != null) ? description : ""; }
	public String getType() { return this.type; }
	public Customer getCustomer() { return this.customer; }
	public Cloud getScope() { return this.scope; }
	public void setScope(Cloud scope) { this.scope = scope; }
	public boolean isShared() { return this.shared; }
	public void setShared(boolean shared) { this.shared = shared; }
	public boolean isBillable() { return this.billable; }
	public void setBillable(boolean billable) { this.billable = billable; }
	public State getState() { return this.state; }
	public Instant getCreated() { return this.created; }
	// @formatter:on

	public PluginOptions getPluginOptions() {
		return PluginOptions.fromMap(this.pluginOptions);
	}

	public void setPluginOptions(PluginOptions options) {
		this.pluginOptions = options.toMap();
	}

	/**
	 * Private: neither billable nor shared (Waldur's rule); approving its orders needs
	 * APPROVE_PRIVATE.
	 */
	public boolean isPrivate() {
		return !this.billable && !this.shared;
	}

	public boolean acceptsOrders() {
		return this.state == State.ACTIVE || this.state == State.PAUSED;
	}

	public void pause() {
		require(State.ACTIVE, "pause");
		this.state = State.PAUSED;
	}

	public void unpause() {
		require(State.PAUSED, "unpause");
		this.state = State.ACTIVE;
	}

	public void archive() {
		if (this.state == State.ARCHIVED) {
			throw new IllegalStateException("Offering is already archived.");
		}
		this.state = State.ARCHIVED;
	}

	private void require(State expected, String action) {
		if (this.state != expected) {
			throw new IllegalStateException(
					"Cannot " + action + " an offering in state " + this.state + "; it must be " + expected + ".");
		}
	}

}
