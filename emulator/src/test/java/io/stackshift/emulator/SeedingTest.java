package io.stackshift.emulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.stackshift.emulator.seed.Seeded;
import io.stackshift.emulator.seed.Topology;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Seeding the shipped demo topology, and seeding that fails on the API's own validation.
 */
class SeedingTest {

	@Test
	void demoTopologyIsCreatedThroughTheApis() {
		try (EmulatedCloud cloud = EmulatedCloud.start(EmulatorOptions.defaults().withSeed(Topology.bundled("demo")))) {
			Client admin = new Client(cloud).login();
			Client.Answer projects = admin.get("/v3/projects?name=demo");
			String project = projects.body().path("projects").path(0).path("id").asString();
			String owned = "?project_id=" + project;
			assertThat(admin.get("/v2.0/networks" + owned).body().path("networks")).hasSize(4);
			assertThat(admin.get("/v2.0/subnets" + owned + "&ip_version=6").body().path("subnets")).hasSize(1);
			JsonNode routers = admin.get("/v2.0/routers" + owned + "&name=edge").body().path("routers");
			assertThat(routers.path(0).path("external_gateway_info").path("network_id").asString()).isNotEmpty();
			assertThat(routers.path(0).path("routes")).hasSize(1);
			JsonNode vip = admin.get("/v2.0/ports" + owned + "&name=web-vip").body().path("ports").path(0);
			assertThat(vip.path("status").asString()).isEqualTo("DOWN");
			assertThat(vip.path("device_owner").asString()).isEmpty();
			JsonNode web1 = admin.get("/v2.0/ports" + owned + "&name=web-1").body().path("ports").path(0);
			assertThat(web1.path("mac_address").asString()).isEqualTo("fa:16:3e:10:01:11");
			assertThat(web1.path("allowed_address_pairs").path(0).path("ip_address").asString())
				.isEqualTo("10.10.1.100");
			assertThat(web1.path("fixed_ips")).hasSize(2);
			assertThat(admin.get("/v2.0/floatingips" + owned).body().path("floatingips")).hasSize(3);
			assertThat(admin.get("/v2.0/quotas/" + project).body().path("quota").path("network").asInt()).isEqualTo(20);
			JsonNode db = admin.get("/v2.0/security-groups" + owned + "&name=db")
				.body()
				.path("security_groups")
				.path(0);
			JsonNode app = admin.get("/v2.0/security-groups" + owned + "&name=app")
				.body()
				.path("security_groups")
				.path(0);
			assertThat(remoteGroups(db)).contains(app.path("id").asString());
			assertThat(remoteGroups(app)).as("app and db refer to each other").contains(db.path("id").asString());
			Client.Answer types = admin.get("/volume/v3/" + cloud.adminProjectId() + "/types?is_public=None");
			assertThat(types.body().path("volume_types").findValuesAsString("name")).contains("standard", "fast");
		}
	}

	@Test
	void seededIdsAreReturnedAndUsersCanLogIn() {
		try (EmulatedCloud cloud = EmulatedCloud.start()) {
			Seeded seeded = cloud.seed(Topology.bundled("demo"));
			assertThat(seeded.id("project:demo")).hasSize(32);
			assertThat(seeded.ids()).containsKeys("network:demo/web", "port:demo/web-vip", "router:demo/inner",
					"security_group:demo/db", "volume_type:fast", "user:demo-operator");
		}
	}

	@Test
	void seedingStopsWithTheApisOwnError() {
		String yaml = """
				projects:
				  - name: broken
				    networks:
				      - name: n
				        subnets:
				          - {name: a, cidr: 10.0.0.0/24}
				          - {name: b, cidr: 10.0.0.128/25}
				""";
		try (EmulatedCloud cloud = EmulatedCloud.start()) {
			Topology topology = Topology.read(new java.io.ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
			assertThatThrownBy(() -> cloud.seed(topology)).hasMessageContaining("subnet b")
				.hasMessageContaining("overlaps with another subnet");
		}
	}

	private static List<String> remoteGroups(JsonNode group) {
		List<String> remotes = new ArrayList<>();
		group.path("security_group_rules").forEach((rule) -> remotes.add(rule.path("remote_group_id").asString("")));
		return remotes;
	}

}
