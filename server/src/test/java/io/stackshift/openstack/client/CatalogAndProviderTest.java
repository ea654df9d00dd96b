package io.stackshift.openstack.client;

import java.util.Map;

import io.stackshift.emulator.EmulatedCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What registration relies on: whether the catalog offers a service where the credentials
 * point, and the provider attributes of networks an admin reads.
 */
class CatalogAndProviderTest {

	private static EmulatedCloud cloud;

	@BeforeAll
	static void start() {
		cloud = EmulatedCloud.start();
	}

	@AfterAll
	static void stop() {
		cloud.close();
	}

	private static CloudClient client(String region) {
		return new CloudClient(
				CloudCredentials.of(cloud.authUrl(), EmulatedCloud.ADMIN_USER, EmulatedCloud.ADMIN_PASSWORD)
					.projectName(EmulatedCloud.ADMIN_PROJECT, "Default")
					.region(region)
					.build());
	}

	@Test
	void theCatalogOffersAServiceOnlyInItsRegion() {
		assertThat(client(null).offers("network")).isTrue();
		assertThat(client("RegionOne").offers("network")).isTrue();
		assertThat(client("RegionOne").offers("dns")).isFalse();
		assertThat(client("Elsewhere").offers("network")).isFalse();
	}

	@Test
	void anAdminReadsTheProviderAttributesOfNetworks() {
		Network external = client(null).networking().networks().list(Map.of("router:external", true)).get(0);
		assertThat(external.networkType()).isEqualTo("flat");
		assertThat(external.segmentationId()).isNull();
	}

}
