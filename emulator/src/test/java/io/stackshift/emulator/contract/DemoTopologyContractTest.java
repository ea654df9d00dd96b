package io.stackshift.emulator.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.stackshift.emulator.http.Reply;
import io.stackshift.emulator.seed.Seeded;
import io.stackshift.emulator.seed.Seeder;
import io.stackshift.emulator.seed.Topology;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped demo topology is something a real OpenStack accepts: the seeder creates it
 * over HTTP, through the catalog, exactly as on the emulator (with unique names, then
 * removed).
 */
class DemoTopologyContractTest {

	@Test
	void demoTopologySeedsOverHttp() {
		ContractCloud cloud = ContractCloud.get();
		Session admin = cloud.admin();
		String suffix = Tenant.unique("").substring(1);
		Topology topology = renamed(Topology.bundled("demo"), suffix);
		Seeded seeded = null;
		try {
			seeded = new Seeder(this::call, admin.projectId).seed(topology);
			String project = seeded.id("project:demo" + suffix);
			String owned = "?project_id=" + project;
			assertThat(admin.get("network", "/networks" + owned).get("networks")).hasSize(4);
			assertThat(admin.get("network", "/floatingips" + owned).get("floatingips")).hasSize(3);
			JsonNode inner = admin.get("network", "/routers/" + seeded.id("router:demo" + suffix + "/inner"))
				.get("router");
			assertThat(inner.path("routes").path(0).path("nexthop").asString()).isEqualTo("172.16.0.6");
			Session operator = Session.login(cloud.authUrl, "demo-operator" + suffix, "demo-secret", "demo" + suffix);
			assertThat(operator.get("network", "/ports?name=web-vip").get("ports")).hasSize(1);
			assertThat(operator.get("volumev3", "/types").get("volume_types").findValuesAsString("name"))
				.contains("fast" + suffix);
		}
		finally {
			if (seeded != null) {
				removeSeeded(admin, seeded);
			}
		}
	}

	private Reply call(String method, String path, JsonNode body) {
		Session admin = ContractCloud.get().admin();
		String url;
		if (path.startsWith("/v3")) {
			url = admin.endpoint("identity") + path.substring(3);
		}
		else if (path.startsWith("/v2.0")) {
			url = admin.endpoint("network") + path.substring(5);
		}
		else if (path.startsWith("/v2.1")) {
			url = admin.endpoint("compute") + path.substring(5);
		}
		else {
			String rest = path.substring("/volume/v3/".length());
			url = admin.endpoint("volumev3") + rest.substring(rest.indexOf('/'));
		}
		Response response = Session.send(method, url, body, admin.token);
		byte[] bytes = response.body().isMissingNode() ? new byte[0]
				: response.body().toString().getBytes(StandardCharsets.UTF_8);
		return new Reply(response.status(), Map.of(), bytes);
	}

	private static void removeSeeded(Session admin, Seeded seeded) {
		for (Map.Entry<String, String> entry : seeded.ids().entrySet()) {
			if (entry.getKey().startsWith("project:")) {
				Tenant.removeNetworking(admin, entry.getValue());
				admin.delete("identity", "/projects/" + entry.getValue());
			}
		}
		for (Map.Entry<String, String> entry : seeded.ids().entrySet()) {
			if (entry.getKey().startsWith("user:")) {
				admin.delete("identity", "/users/" + entry.getValue());
			}
			if (entry.getKey().startsWith("volume_type:")) {
				admin.delete("volumev3", "/types/" + entry.getValue());
			}
		}
	}

	/**
	 * The topology with unique project, user and volume type names, so runs never
	 * collide.
	 */
	private static Topology renamed(Topology demo, String suffix) {
		List<Topology.ProjectSpec> projects = new ArrayList<>();
		for (Topology.ProjectSpec p : demo.projects()) {
			List<Topology.UserSpec> users = new ArrayList<>();
			p.users().forEach((u) -> users.add(new Topology.UserSpec(u.name() + suffix, u.password(), u.roles())));
			Map<String, Integer> volume = new LinkedHashMap<>();
			p.quotas().volume().forEach((key, value) -> volume.put(key.contains("_") ? key + suffix : key, value));
			Topology.QuotaSpec quotas = new Topology.QuotaSpec(p.quotas().network(), p.quotas().compute(), volume);
			projects.add(new Topology.ProjectSpec(p.name() + suffix, p.description(), p.tags(), users, quotas,
					p.networks(), p.securityGroups(), p.routers(), p.ports(), p.floatingIps()));
		}
		List<Topology.VolumeTypeSpec> types = new ArrayList<>();
		for (Topology.VolumeTypeSpec t : demo.volumeTypes()) {
			List<String> access = (t.projects() != null) ? t.projects().stream().map((n) -> n + suffix).toList() : null;
			types.add(new Topology.VolumeTypeSpec(t.name() + suffix, t.description(), t.isPublic(), t.extraSpecs(),
					access));
		}
		return new Topology(projects, types);
	}

}
