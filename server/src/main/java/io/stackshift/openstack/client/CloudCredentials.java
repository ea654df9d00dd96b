package io.stackshift.openstack.client;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a cloud's Keystone is and how to talk to it. The password never appears in
 * {@link #toString()}. A project is scoped by {@code projectId} when given, else by
 * {@code projectName} in {@code projectDomainName}.
 *
 * @param authUrl Keystone URL, with or without the trailing {@code /v3}
 * @param caCertificatePem PEM of the CA(s) to trust, or null for the JDK's trust store
 * @param maxRequestsPerSecond null for no client-side rate limit
 */
public record CloudCredentials(String authUrl, String username, String password, String projectId, String projectName,
		String userDomainName, String projectDomainName, String region, EndpointInterface endpointInterface,
		boolean verifyTls, String caCertificatePem, Duration requestTimeout, int maxConcurrentRequests,
		Double maxRequestsPerSecond) {

	/** Which of a service's catalog endpoints to call. */
	public enum EndpointInterface {

		PUBLIC, INTERNAL, ADMIN;

		String catalogName() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public CloudCredentials {
		Objects.requireNonNull(authUrl, "authUrl");
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(password, "password");
		if (projectId == null && projectName == null) {
			throw new IllegalArgumentException("projectId or projectName is required");
		}
		userDomainName = (userDomainName != null) ? userDomainName : "Default";
		projectDomainName = (projectDomainName != null) ? projectDomainName : "Default";
		endpointInterface = (endpointInterface != null) ? endpointInterface : EndpointInterface.PUBLIC;
		requestTimeout = (requestTimeout != null) ? requestTimeout : Duration.ofSeconds(60);
		if (maxConcurrentRequests <= 0) {
			throw new IllegalArgumentException("maxConcurrentRequests must be positive");
		}
		if (maxRequestsPerSecond != null && maxRequestsPerSecond <= 0) {
			throw new IllegalArgumentException("maxRequestsPerSecond must be positive");
		}
	}

	/**
	 * Starts credentials for a user; defaults: domain Default, public interface, TLS
	 * verified.
	 */
	public static Builder of(String authUrl, String username, String password) {
		return new Builder(authUrl, username, password);
	}

	/** The Keystone v3 root, e.g. {@code https://keystone.example.org:5000/v3}. */
	String identityV3() {
		String url = authUrl.endsWith("/") ? authUrl.substring(0, authUrl.length() - 1) : authUrl;
		return url.endsWith("/v3") ? url : url + "/v3";
	}

	/** What identifies the cloud for shared limits: one Keystone is one cloud. */
	String cloudKey() {
		return identityV3();
	}

	@Override
	public String toString() {
		return "CloudCredentials[authUrl=" + authUrl + ", username=" + username + ", password=***, project="
				+ ((projectId != null) ? projectId : projectDomainName + "/" + projectName) + ", region=" + region
				+ ", interface=" + endpointInterface + "]";
	}

	/**
	 * Fluent construction; only auth URL, user and password are required besides a
	 * project.
	 */
	public static final class Builder {

		private final String authUrl;

		private final String username;

		private final String password;

		private String projectId;

		private String projectName;

		private String userDomainName;

		private String projectDomainName;

		private String region;

		private EndpointInterface endpointInterface;

		private boolean verifyTls = true;

		private String caCertificatePem;

		private Duration requestTimeout;

		private int maxConcurrentRequests = 10;

		private Double maxRequestsPerSecond;

		private Builder(String authUrl, String username, String password) {
			this.authUrl = authUrl;
			this.username = username;
			this.password = password;
		}

		public Builder projectId(String projectId) {
			this.projectId = projectId;
			return this;
		}

		public Builder projectName(String projectName, String projectDomainName) {
			this.projectName = projectName;
			this.projectDomainName = projectDomainName;
			return this;
		}

		public Builder userDomainName(String userDomainName) {
			this.userDomainName = userDomainName;
			return this;
		}

		public Builder region(String region) {
			this.region = region;
			return this;
		}

		public Builder endpointInterface(EndpointInterface endpointInterface) {
			this.endpointInterface = endpointInterface;
			return this;
		}

		/**
		 * Turns certificate verification off; only for clouds the operator explicitly
		 * trusts.
		 */
		public Builder insecure() {
			this.verifyTls = false;
			return this;
		}

		/**
		 * Whether to verify the cloud's certificate; false only when the operator asked.
		 */
		public Builder verifyTls(boolean verifyTls) {
			this.verifyTls = verifyTls;
			return this;
		}

		public Builder caCertificatePem(String caCertificatePem) {
			this.caCertificatePem = caCertificatePem;
			return this;
		}

		public Builder requestTimeout(Duration requestTimeout) {
			this.requestTimeout = requestTimeout;
			return this;
		}

		public Builder maxConcurrentRequests(int maxConcurrentRequests) {
			this.maxConcurrentRequests = maxConcurrentRequests;
			return this;
		}

		public Builder maxRequestsPerSecond(Double maxRequestsPerSecond) {
			this.maxRequestsPerSecond = maxRequestsPerSecond;
			return this;
		}

		public CloudCredentials build() {
			return new CloudCredentials(authUrl, username, password, projectId, projectName, userDomainName,
					projectDomainName, region, endpointInterface, verifyTls, caCertificatePem, requestTimeout,
					maxConcurrentRequests, maxRequestsPerSecond);
		}

	}

}
