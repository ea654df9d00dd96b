package io.stackshift.openstack.client;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PathTest {

	@Test
	void fillsPlaceholdersWithEncodedValues() {
		assertThat(Path.of("/networks/{id}/tags/{tag}", "abc", "env=prod ü").expand())
			.isEqualTo("/networks/abc/tags/env%3Dprod%20%C3%BC");
	}

	@Test
	void addsQueryParametersSkippingNullsAndJoiningLists() {
		Path path = Path.of("/ports")
			.query("network_id", "n1")
			.query("device_id", null)
			.query("tags", List.of("a", "b"));
		assertThat(path.expand()).isEqualTo("/ports?network_id=n1&tags=a%2Cb");
		assertThat(path.template()).isEqualTo("/ports");
	}

	@Test
	void takesTheQueryOfAPaginationLink() {
		Path page = Path.of("/networks").query("limit", 2).withRawQuery("limit=2&marker=x1");
		assertThat(page.expand()).isEqualTo("/networks?limit=2&marker=x1");
	}

	@Test
	void refusesMissingOrExtraValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> Path.of("/routers/{id}").expand());
		assertThatIllegalArgumentException().isThrownBy(() -> Path.of("/routers", "r1").expand());
	}

}
