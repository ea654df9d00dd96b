package io.stackshift.openstack.client;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceCatalogTest {

	private final ServiceCatalog catalog = ServiceCatalog.from(Json.MAPPER.readTree(
			"""
					[
					  {"type": "network", "endpoints": [
					    {"interface": "public", "region_id": "RegionOne", "region": "RegionOne", "url": "https://net.one/"},
					    {"interface": "internal", "region_id": "RegionOne", "region": "RegionOne", "url": "http://10.0.0.1:9696"},
					    {"interface": "public", "region_id": "RegionTwo", "region": "RegionTwo", "url": "https://net.two"}]},
					  {"type": "volumev3", "endpoints": [
					    {"interface": "public", "region": "RegionOne", "url": "https://cinder.one/v3/%(project_id)s"}]},
					  {"type": "block-storage", "endpoints": [
					    {"interface": "public", "region_id": "RegionOne", "url": "https://bs.one/v3/$(project_id)s"}]}
					]
					"""));

	@Test
	void picksTheEndpointOfTheRegionAndInterface() {
		assertThat(this.catalog.url(List.of("network"), "RegionTwo", "public", "p1")).contains("https://net.two");
		assertThat(this.catalog.url(List.of("network"), "RegionOne", "internal", "p1"))
			.contains("http://10.0.0.1:9696");
	}

	@Test
	void anyRegionWhenNoneIsConfiguredAndTrailingSlashDropped() {
		assertThat(this.catalog.url(List.of("network"), null, "public", "p1")).contains("https://net.one");
	}

	@Test
	void prefersServiceTypesInTheGivenOrderAndFillsInTheProject() {
		assertThat(this.catalog.url(List.of("block-storage", "volumev3"), "RegionOne", "public", "p1"))
			.contains("https://bs.one/v3/p1");
		assertThat(this.catalog.url(List.of("volumev3", "block-storage"), "RegionOne", "public", "p1"))
			.contains("https://cinder.one/v3/p1");
	}

	@Test
	void nothingWhenTheInterfaceOrRegionIsMissing() {
		assertThat(this.catalog.url(List.of("network"), "RegionOne", "admin", "p1")).isEmpty();
		assertThat(this.catalog.url(List.of("compute"), null, "public", "p1")).isEmpty();
		assertThat(this.catalog.url(List.of("volumev3"), "RegionTwo", "public", "p1")).isEmpty();
	}

}
