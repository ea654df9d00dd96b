package io.stackshift.marketplace;

import java.time.Instant;

import io.stackshift.system.Identifiable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A plan of an offering; {@code maxAmount} caps how many live resources may use it. */
@Entity
@Table(name = "plans")
public class Plan extends Identifiable {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "offering_id")
	private Offering offering;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description = "";

	private Integer maxAmount;

	@Column(nullable = false)
	private boolean archived;

	@Column(nullable = false, updatable = false)
	private Instant created = Instant.now();

	@Version
	private long version;

	protected Plan() {
	}

	public Plan(Offering offering, String name) {
		this.offering = offering;
		this.name = name;
	}

	// @formatter:off
	public Offering getOffering() { return this.offering; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getDescription() { return this.description; }
	public void setDescription(String description) { this.description = (description != null) ? description : ""; }
	public Integer getMaxAmount() { return this.maxAmount; }
	public void setMaxAmount(Integer maxAmount) { this.maxAmount = maxAmount; }
	public boolean isArchived() { return this.archived; }
	public Instant getCreated() { return this.created; }
	// @formatter:on

	public void archive() {
		this.archived = true;
	}

	/**
	 * Waldur's rule: a plan is available while it has no cap or fewer live resources than
	 * the cap.
	 */
	public boolean isAvailable(long liveResources) {
		return this.maxAmount == null || liveResources < this.maxAmount;
	}

}
