package io.stackshift.openstack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.stackshift.identity.Project;
import io.stackshift.marketplace.Resource;
import io.stackshift.system.EncryptedText;
import io.stackshift.system.Identifiable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A Keystone project of a registered cloud, held by one of our projects through a
 * marketplace resource. Its inventory (networks, ports, ...) lives in
 * {@code openstack.inventory}; its quotas and visible volume types are kept here.
 */
@Entity
@Table(name = "tenants")
public class Tenant extends Identifiable {

	/** How stackshift came to know the tenant. */
	public enum Origin {

		/**
		 * An existing Keystone project an operator imported: it has no credentials of
		 * ours.
		 */
		IMPORTED,

		/** A Keystone project stackshift created (a migration's destination). */
		CREATED

	}

	/** Waldur's states, as far as a tenant record needs them. */
	public enum State {

		CREATING, OK, ERRED

	}

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description = "";

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "settings_id")
	private Cloud cloud;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "project_id")
	private Project project;

	@OneToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "resource_id")
	private Resource resource;

	private String backendId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Origin origin;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state = State.CREATING;

	@Column(nullable = false)
	private String errorMessage = "";

	@Column(name = "user_username")
	private String username;

	@Convert(converter = EncryptedText.class)
	@Column(name = "user_password")
	private String password;

	@Column(nullable = false)
	private String internalNetworkId = "";

	@Column(nullable = false)
	private String externalNetworkId = "";

	private Instant pulled;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "tenant_quotas", joinColumns = @JoinColumn(name = "tenant_id"))
	private List<TenantQuota> quotas = new ArrayList<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "tenant_volume_types", joinColumns = @JoinColumn(name = "tenant_id"),
			inverseJoinColumns = @JoinColumn(name = "volume_type_id"))
	private Set<CloudVolumeType> volumeTypes = new LinkedHashSet<>();

	@Column(nullable = false, updatable = false)
	private Instant created = Instant.now();

	@Column(nullable = false)
	private Instant modified = Instant.now();

	@Version
	private long version;

	protected Tenant() {
	}

	private Tenant(String name, Cloud cloud, Project project, String backendId, Origin origin) {
		this.name = name;
		this.cloud = cloud;
		this.project = project;
		this.backendId = backendId;
		this.origin = origin;
	}

	/** An existing Keystone project, taken over as it is: OK from the start. */
	public static Tenant imported(String name, Cloud cloud, Project project, String backendId) {
		Tenant tenant = new Tenant(name, cloud, project, backendId, Origin.IMPORTED);
		tenant.state = State.OK;
		return tenant;
	}

	/**
	 * A tenant stackshift is creating, with the credentials it generated for it; the
	 * Keystone project may not exist yet ({@code backendId} null).
	 */
	public static Tenant created(String name, Cloud cloud, Project project, String backendId, String username,
			String password) {
		Tenant tenant = new Tenant(name, cloud, project, backendId, Origin.CREATED);
		tenant.username = username;
		tenant.password = password;
		return tenant;
	}

	// @formatter:off
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; touch(); }
	public String getDescription() { return this.description; }
	public void setDescription(String description) { this.description = (description != null) ? description : ""; touch(); }
	public Cloud getCloud() { return this.cloud; }
	public Project getProject() { return this.project; }
	public Resource getResource() { return this.resource; }
	public String getBackendId() { return this.backendId; }
	public Origin getOrigin() { return this.origin; }
	public State getState() { return this.state; }
	public String getErrorMessage() { return this.errorMessage; }
	public String getInternalNetworkId() { return this.internalNetworkId; }
	public void setInternalNetworkId(String id) { this.internalNetworkId = (id != null) ? id : ""; touch(); }
	public String getExternalNetworkId() { return this.externalNetworkId; }
	public void setExternalNetworkId(String id) { this.externalNetworkId = (id != null) ? id : ""; touch(); }
	public Instant getPulled() { return this.pulled; }
	public List<TenantQuota> getQuotas() { return List.copyOf(this.quotas); }
	public Set<CloudVolumeType> getVolumeTypes() { return Set.copyOf(this.volumeTypes); }
	public Instant getCreated() { return this.created; }
	public Instant getModified() { return this.modified; }
	// @formatter:on

	/** The credentials stackshift generated; empty for imported tenants. */
	public java.util.Optional<TenantCredentials> credentials() {
		return (this.username != null && this.password != null)
				? java.util.Optional.of(new TenantCredentials(this.username, this.password))
				: java.util.Optional.empty();
	}

	/** Links the tenant with the marketplace resource that stands for it. */
	public void heldAs(Resource resource) {
		this.resource = resource;
		touch();
	}

	/** The Keystone project now exists under this id. */
	public void createdAs(String backendId) {
		if (this.backendId != null && !this.backendId.equals(backendId)) {
			throw new IllegalStateException("Tenant " + getUuid() + " is already " + this.backendId);
		}
		this.backendId = backendId;
		touch();
	}

	public void markOk() {
		this.state = State.OK;
		this.errorMessage = "";
		touch();
	}

	public void markErred(String error) {
		this.state = State.ERRED;
		this.errorMessage = (error != null) ? error : "";
		touch();
	}

	/** Records what was read from the cloud: quotas and the volume types it may use. */
	public void pulled(List<TenantQuota> quotas, Set<CloudVolumeType> volumeTypes, Instant at) {
		// A bag's equals is identity: compare the contents, so unchanged quotas are not
		// rewritten.
		if (!List.copyOf(this.quotas).equals(quotas)) {
			this.quotas.clear();
			this.quotas.addAll(quotas);
		}
		if (!this.volumeTypes.equals(volumeTypes)) {
			this.volumeTypes.clear();
			this.volumeTypes.addAll(volumeTypes);
		}
		this.pulled = at;
	}

	private void touch() {
		this.modified = Instant.now();
	}

	@Override
	public String toString() {
		return "Tenant[" + this.name + " " + this.backendId + "]";
	}

}
