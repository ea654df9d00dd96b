package io.stackshift.openstack;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.CloudCredentials;
import org.springframework.stereotype.Component;

/**
 * One {@link CloudClient} per registered cloud, reused so that its token is too (clouds
 * limit token requests). A cloud whose settings changed gets a new client.
 */
@Component
public class CloudConnections {

	private record Connection(CloudCredentials credentials, CloudClient client) {
	}

	private final Map<UUID, Connection> connections = new ConcurrentHashMap<>();

	/** The client for the cloud's current settings. */
	public CloudClient clientFor(Cloud cloud) {
		CloudCredentials credentials = credentials(cloud);
		return this.connections
			.compute(cloud.getUuid(), (uuid, known) -> (known != null && known.credentials().equals(credentials))
					? known : new Connection(credentials, new CloudClient(credentials)))
			.client();
	}

	/** Forgets the client of a cloud that was removed. */
	public void forget(Cloud cloud) {
		this.connections.remove(cloud.getUuid());
	}

	/**
	 * How the client reaches a registered cloud; blank optional settings mean "not set".
	 */
	static CloudCredentials credentials(Cloud cloud) {
		return CloudCredentials.of(cloud.getAuthUrl(), cloud.getUsername(), cloud.getPassword())
			.projectName(cloud.getTenantName(), blankToNull(cloud.getProjectDomain()))
			.userDomainName(blankToNull(cloud.getUserDomain()))
			.region(blankToNull(cloud.getRegion()))
			.endpointInterface(CloudCredentials.EndpointInterface.valueOf(cloud.getEndpointInterface().name()))
			.caCertificatePem(blankToNull(cloud.getCertificate()))
			.verifyTls(cloud.isVerifyTls())
			.maxConcurrentRequests(cloud.getMaxConcurrency())
			.maxRequestsPerSecond(cloud.getRequestsPerSecond())
			.build();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
