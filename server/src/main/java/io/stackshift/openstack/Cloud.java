package io.stackshift.openstack;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.stackshift.identity.Customer;
import io.stackshift.system.EncryptedText;
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

/**
 * A registered OpenStack cloud ("service settings" in Waldur's API): where its Keystone
 * is, the admin credentials stackshift uses there, and how hard stackshift may push it.
 */
@Entity
@Table(name = "service_settings")
public class Cloud extends Identifiable {

	public static final String TYPE = "OpenStack";

	/** Which catalog endpoints to call. */
	public enum Interface {

		PUBLIC, INTERNAL, ADMIN

	}

	/** Whether the last check of the settings succeeded. */
	public enum State {

		OK, ERRED

	}

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String type = TYPE;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	@Column(nullable = false)
	private boolean shared;

	@Column(name = "backend_url", nullable = false)
	private String authUrl;

	@Column(nullable = false)
	private String username;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false)
	private String password;

	@Column(nullable = false)
	private String tenantName = "admin";

	@Column(name = "domain", nullable = false)
	private String userDomain = "Default";

	@Column(nullable = false)
	private String projectDomain = "Default";

	@Column(nullable = false)
	private String region = "";

	@Enumerated(EnumType.STRING)
	@Column(name = "endpoint_interface", nullable = false)
	private Interface endpointInterface = Interface.PUBLIC;

	@Column(nullable = false)
	private String externalNetworkId = "";

	@Column(name = "verify_ssl", nullable = false)
	private boolean verifyTls = true;

	@Column(nullable = false)
	private String certificate = "";

	/**
	 * Requests stackshift sends this cloud at once: its API workers are a shared
	 * resource.
	 */
	@Column(nullable = false)
	private int maxConcurrency = 8;

	/** An optional cap, for clouds that rate-limit their API (public clouds often do). */
	private Double requestsPerSecond;

	@Convert(converter = JsonText.class)
	@Column(nullable = false)
	private Map<String, Object> options = new LinkedHashMap<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state = State.OK;

	@Column(nullable = false)
	private String errorMessage = "";

	/** When the catalogue (volume types, external networks) was last read. */
	private Instant cataloguePulled;

	@Column(nullable = false, updatable = false)
	private Instant created = Instant.now();

	@Version
	private long version;

	protected Cloud() {
	}

	public Cloud(String name, String authUrl, String username, String password) {
		this.name = name;
		this.authUrl = authUrl;
		this.username = username;
		this.password = password;
	}

	// @formatter:off
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getType() { return this.type; }
	public Customer getCustomer() { return this.customer; }
	public void setCustomer(Customer customer) { this.customer = customer; }
	public boolean isShared() { return this.shared; }
	public void setShared(boolean shared) { this.shared = shared; }
	public String getAuthUrl() { return this.authUrl; }
	public void setAuthUrl(String authUrl) { this.authUrl = authUrl; }
	public String getUsername() { return this.username; }
	public void setUsername(String username) { this.username = username; }
	public String getPassword() { return this.password; }
	public void setPassword(String password) { this.password = password; }
	public String getTenantName() { return this.tenantName; }
	public void setTenantName(String tenantName) { this.tenantName = tenantName; }
	public String getUserDomain() { return this.userDomain; }
	public void setUserDomain(String userDomain) { this.userDomain = userDomain; }
	public String getProjectDomain() { return this.projectDomain; }
	public void setProjectDomain(String projectDomain) { this.projectDomain = projectDomain; }
	public String getRegion() { return this.region; }
	public void setRegion(String region) { this.region = region; }
	public Interface getEndpointInterface() { return this.endpointInterface; }
	public void setEndpointInterface(Interface endpointInterface) { this.endpointInterface = endpointInterface; }
	public String getExternalNetworkId() { return this.externalNetworkId; }
	public void setExternalNetworkId(String externalNetworkId) { this.externalNetworkId = externalNetworkId; }
	public boolean isVerifyTls() { return this.verifyTls; }
	public void setVerifyTls(boolean verifyTls) { this.verifyTls = verifyTls; }
	public String getCertificate() { return this.certificate; }
	public void setCertificate(String certificate) { this.certificate = certificate; }
	public int getMaxConcurrency() { return this.maxConcurrency; }
	public void setMaxConcurrency(int maxConcurrency) { this.maxConcurrency = maxConcurrency; }
	public Double getRequestsPerSecond() { return this.requestsPerSecond; }
	public void setRequestsPerSecond(Double requestsPerSecond) { this.requestsPerSecond = requestsPerSecond; }
	public Map<String, Object> getOptions() { return this.options; }
	public void setOptions(Map<String, Object> options) { this.options = new LinkedHashMap<>(options); }
	public State getState() { return this.state; }
	public String getErrorMessage() { return this.errorMessage; }
	public Instant getCataloguePulled() { return this.cataloguePulled; }
	public void setCataloguePulled(Instant cataloguePulled) { this.cataloguePulled = cataloguePulled; }
	public Instant getCreated() { return this.created; }
	// @formatter:on

	/** Records the outcome of the last check of these settings against the cloud. */
	public void checked(String error) {
		this.state = (error == null) ? State.OK : State.ERRED;
		this.errorMessage = (error == null) ? "" : error;
	}

	@Override
	public String toString() {
		return "Cloud[" + this.name + " " + this.authUrl + "]";
	}

}
