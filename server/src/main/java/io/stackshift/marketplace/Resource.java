package io.stackshift.marketplace;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.stackshift.identity.Project;
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
 * What a consumer holds through an offering: here, a tenant in a cloud. Its {@code scope}
 * names the tenant by type and UUID; its {@code limits} are the quotas bought.
 */
@Entity
@Table(name = "resources")
public class Resource extends Tracked {

	/** Waldur's marketplace resource states, with their API labels. */
	public enum State {

		CREATING("Creating"), OK("OK"), ERRED("Erred"), UPDATING("Updating"), TERMINATING("Terminating"),
		TERMINATED("Terminated");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description = "";

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "project_id")
	private Project project;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "offering_id")
	private Offering offering;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	private String scopeType;

	private UUID scopeUuid;

	@Convert(converter = JsonText.class)
	@Column(nullable = false)
	private Map<String, Object> limits = new LinkedHashMap<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state = State.CREATING;

	protected Resource() {
	}

	public Resource(String name, Project project, Offering offering, Plan plan) {
		this.name = name;
		this.project = project;
		this.offering = offering;
		this.plan = plan;
	}

	// @formatter:off
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; touch(); }
	public String getDescription() { return this.description; }
	public void setDescription(String description) { this.description = (description != null) ? description : ""; touch(); }
	public Project getProject() { return this.project; }
	public Offering getOffering() { return this.offering; }
	public Plan getPlan() { return this.plan; }
	public String getScopeType() { return this.scopeType; }
	public UUID getScopeUuid() { return this.scopeUuid; }
	public Map<String, Object> getLimits() { return new LinkedHashMap<>(this.limits); }
	public void setLimits(Map<String, Object> limits) { this.limits = new LinkedHashMap<>(limits); touch(); }
	public State getState() { return this.state; }
	// @formatter:on

	/**
	 * Names what the resource stands for in a cloud, e.g. ("OpenStack.Tenant", tenant
	 * UUID).
	 */
	public void setScope(String type, UUID uuid) {
		this.scopeType = type;
		this.scopeUuid = uuid;
		touch();
	}

	public void markOk() {
		this.state = State.OK;
		touch();
	}

	public void markErred() {
		this.state = State.ERRED;
		touch();
	}

}
