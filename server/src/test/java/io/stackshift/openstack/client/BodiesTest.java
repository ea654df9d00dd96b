package io.stackshift.openstack.client;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What goes on the wire: create bodies hold only what was set, in Neutron's names. */
class BodiesTest {

	@Test
	void aCreateBodyHoldsOnlyTheAttributesSet() {
		String body = Json.MAPPER.writeValueAsString(Network.named("web").withMtu(1450));
		assertThat(body).isEqualTo("{\"name\":\"web\",\"mtu\":1450}");
	}

	@Test
	void attributesUseOpenStackNames() {
		Network network = Json.MAPPER.readValue(
				"{\"id\":\"n1\",\"router:external\":true,\"port_security_enabled\":false,\"project_id\":\"p\",\"new_attr\":1}",
				Network.class);
		assertThat(network.external()).isTrue();
		assertThat(network.portSecurityEnabled()).isFalse();
		assertThat(network.projectId()).isEqualTo("p");
		String rule = Json.MAPPER.writeValueAsString(SecurityGroupRule.ingress("g1", "tcp", 22, "10.0.0.0/8"));
		assertThat(rule).contains("\"security_group_id\":\"g1\"", "\"port_range_min\":22", "\"ethertype\":\"IPv4\"");
	}

	@Test
	void anUpdateCanClearAnAttribute() {
		Map<String, Object> changes = new HashMap<>();
		changes.put("gateway_ip", null);
		assertThat(Json.MAPPER.writeValueAsString(Map.of("subnet", changes)))
			.isEqualTo("{\"subnet\":{\"gateway_ip\":null}}");
	}

	@Test
	void credentialsNeverShowThePassword() {
		CloudCredentials credentials = CloudCredentials.of("https://keystone:5000/", "admin", "s3cret-pw")
			.projectName("admin", null)
			.requestTimeout(Duration.ofSeconds(5))
			.build();
		assertThat(credentials.toString()).doesNotContain("s3cret-pw").contains("password=***");
		assertThat(credentials.identityV3()).isEqualTo("https://keystone:5000/v3");
		assertThat(credentials.projectDomainName()).isEqualTo("Default");
		assertThat(List.of(credentials)).hasToString("[" + credentials + "]");
	}

}
