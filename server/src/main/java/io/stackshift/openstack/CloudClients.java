package io.stackshift.openstack;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.CloudCredentials;
import io.stackshift.openstack.client.RetryPolicy;

import org.springframework.stereotype.Component;

/**
 * Clients for registered clouds, built from their service settings. One client per set of
 * credentials is kept, so its token is reused across calls (clouds limit token requests);
 * changed settings make new credentials and so a new client.
 */
@Component
public class CloudClients {

	private final Map<CloudCredentials, CloudClient> clients = new ConcurrentHashMap<>();

	/** The admin client of a cloud, with its concurrency and rate limits. */
	public CloudClient forCloud(Cloud cloud) {
		return this.clients.computeIfAbsent(credentials(cloud), CloudClient::new);
	}

	/**
	 * A client for checking settings: no retries and a short timeout, so that an operator
	 * waiting on a registration hears about a dead URL in seconds.
	 */
	public CloudClient forCheck(Cloud cloud) {
		return new CloudClient(credentials(cloud, Duration.ofSeconds(15)), RetryPolicy.none());
	}

	/**
	 * A client acting as the tenant's own user, for a tenant stackshift created; scoped
	 * to the tenant's Keystone project.
	 */
	public CloudClient forTenant(Tenant tenant) {
		TenantCredentials own = tenant.credentials()
			.orElseThrow(() -> new IllegalStateException(tenant + " has no credentials of stackshift's"));
		if (tenant.getBackendId() == null) {
			throw new IllegalStateException(tenant + " has no Keystone project yet");
		}
		Cloud cloud = tenant.getCloud();
		CloudCredentials.Builder builder = CloudCredentials.of(cloud.getAuthUrl(), own.username(), own.password())
			.projectId(tenant.getBackendId())
			.userDomainName(cloud.getProjectDomain());
		return this.clients.computeIfAbsent(limits(cloud, builder, null).build(), CloudClient::new);
	}

	static CloudCredentials credentials(Cloud cloud) {
		return credentials(cloud, null);
	}

	private static CloudCredentials credentials(Cloud cloud, Duration timeout) {
		CloudCredentials.Builder builder = CloudCredentials
			.of(cloud.getAuthUrl(), cloud.getUsername(), cloud.getPassword())
			.projectName(cloud.getTenantName(), cloud.getProjectDomain())
			.userDomainName(cloud.getUserDomain());
		return limits(cloud, builder, timeout).build();
	}

	private static CloudCredentials.Builder limits(Cloud cloud, CloudCredentials.Builder builder, Duration timeout) {
		builder.region(cloud.getRegion().isBlank() ? null : cloud.getRegion())
			.endpointInterface(CloudCredentials.EndpointInterface.valueOf(cloud.getEndpointInterface().name()))
			.maxConcurrentRequests(cloud.getMaxConcurrency())
			.maxRequestsPerSecond(cloud.getRequestsPerSecond())
			.requestTimeout(timeout);
		if (!cloud.isVerifyTls()) {
			builder.insecure();
		}
		if (!cloud.getCertificate().isBlank()) {
			builder.caCertificatePem(cloud.getCertificate());
		}
		return builder;
	}

}
