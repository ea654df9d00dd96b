package io.stackshift.openstack;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.CloudCredentials;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CloudConnectionsTest {

	private static Cloud regionB() {
		Cloud cloud = new Cloud("region-b", "https://keystone.b:5000/v3", "admin", "secret");
		cloud.setTenantName("admin");
		cloud.setRegion("");
		cloud.setCertificate("");
		cloud.setEndpointInterface(Cloud.Interface.INTERNAL);
		cloud.setMaxConcurrency(4);
		cloud.setRequestsPerSecond(20.0);
		return cloud;
	}

	@Test
	void blankSettingsMeanNotSet() {
		CloudCredentials credentials = CloudConnections.credentials(regionB());
		assertThat(credentials.region()).isNull();
		assertThat(credentials.caCertificatePem()).isNull();
		assertThat(credentials.projectName()).isEqualTo("admin");
		assertThat(credentials.projectDomainName()).isEqualTo("Default");
		assertThat(credentials.endpointInterface()).isEqualTo(CloudCredentials.EndpointInterface.INTERNAL);
		assertThat(credentials.verifyTls()).isTrue();
		assertThat(credentials.maxConcurrentRequests()).isEqualTo(4);
		assertThat(credentials.maxRequestsPerSecond()).isEqualTo(20.0);
	}

	@Test
	void reusesTheClientUntilTheSettingsChange() {
		CloudConnections connections = new CloudConnections();
		Cloud cloud = regionB();
		CloudClient first = connections.clientFor(cloud);
		assertThat(connections.clientFor(cloud)).isSameAs(first);
		cloud.setPassword("rotated");
		assertThat(connections.clientFor(cloud)).isNotSameAs(first);
	}

}
