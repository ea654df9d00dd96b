package io.stackshift.emulator.contract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Networks: defaults, the external fixture, filters, {@code fields=}, pagination, bulk,
 * tags and NetworkInUse.
 */
class NetworkContractTest {

	private Tenant tenant;

	private Session admin;

	@BeforeEach
	void tenant() {
		this.tenant = new Tenant();
		this.admin = this.tenant.admin;
	}

	@AfterEach
	void cleanUp() {
		this.tenant.close();
	}

	@Test
	void externalFixtureLooksLikeTheHarness() {
		var networks = this.admin.get("network", "/networks?name=public").get("networks");
		assertThat(networks).hasSize(1);
		assertThat(networks.path(0).path("router:external").asBoolean()).isTrue();
		assertThat(networks.path(0).path("provider:network_type").asString()).isEqualTo("flat");
		var subnet = this.admin.get("network", "/subnets?name=public-subnet").get("subnets").path(0);
		assertThat(subnet.path("cidr").asString()).isEqualTo("203.0.113.0/24");
		assertThat(subnet.path("gateway_ip").asString()).isEqualTo("203.0.113.1");
		assertThat(subnet.path("enable_dhcp").asBoolean()).isFalse();
		assertThat(subnet.path("allocation_pools").path(0).path("start").asString()).isEqualTo("203.0.113.100");
		assertThat(subnet.path("allocation_pools").path(0).path("end").asString()).isEqualTo("203.0.113.200");
	}

	@Test
	void createdNetworkHasNeutronDefaults() {
		Response created = this.tenant.member()
			.post("network", "/networks", Body.of("network", Body.of("name", "n1", "shared", false)));
		assertThat(created.status()).isEqualTo(201);
		var network = created.get("network");
		assertThat(network.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(network.path("admin_state_up").asBoolean()).isTrue();
		assertThat(network.path("shared").asBoolean()).isFalse();
		assertThat(network.path("router:external").asBoolean()).isFalse();
		assertThat(network.path("port_security_enabled").asBoolean()).isTrue();
		assertThat(network.path("mtu").asInt()).isEqualTo(1450);
		assertThat(network.path("project_id").asString()).isEqualTo(this.tenant.projectId);
		assertThat(network.path("tenant_id").asString()).isEqualTo(this.tenant.projectId);
		assertThat(network.path("subnets")).isEmpty();
		Response shared = this.tenant.member()
			.post("network", "/networks", Body.of("network", Body.of("name", "n2", "shared", true)));
		assertThat(shared.status()).isEqualTo(403);
		assertThat(shared.neutronError()).isEqualTo("PolicyNotAuthorized");
	}

	@Test
	void filtersFieldsAndUnknownFilter() {
		this.tenant.create("/networks", "network", Body.of("name", "alpha"));
		this.tenant.create("/networks", "network", Body.of("name", "beta"));
		String owned = "project_id=" + this.tenant.projectId;
		var byName = this.admin.get("network", "/networks?" + owned + "&name=alpha").get("networks");
		assertThat(byName).hasSize(1);
		var either = this.admin.get("network", "/networks?" + owned + "&name=alpha&name=beta").get("networks");
		assertThat(either).hasSize(2);
		var narrowed = this.admin.get("network", "/networks?" + owned + "&fields=id&fields=name").get("networks");
		assertThat(narrowed.path(0).propertyNames()).containsExactlyInAnyOrder("id", "name");
		Response unknown = this.admin.get("network", "/networks?bogus=1");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.neutronMessage()).isEqualTo("['bogus'] is invalid attribute for filtering");
	}

	@Test
	void paginationGivesNextLinks() {
		for (int i = 0; i < 3; i++) {
			this.tenant.create("/networks", "network", Body.of("name", "page-" + i));
		}
		Response first = this.admin.get("network", "/networks?project_id=" + this.tenant.projectId + "&limit=2");
		assertThat(first.get("networks")).hasSize(2);
		String next = null;
		for (var link : first.get("networks_links")) {
			if (link.path("rel").asString().equals("next")) {
				next = link.path("href").asString();
			}
		}
		assertThat(next).contains("marker=");
		Response second = Session.send("GET", next, null, this.admin.token);
		assertThat(second.get("networks")).hasSize(1);
	}

	@Test
	void bulkNetworksUsePluralKeys() {
		Response bulk = this.admin.post("network", "/networks",
				Body.of("networks", Body.list(Body.of("name", "b1", "project_id", this.tenant.projectId),
						Body.of("name", "b2", "project_id", this.tenant.projectId))));
		assertThat(bulk.status()).isEqualTo(201);
		assertThat(bulk.get("networks").findValuesAsString("name")).containsExactly("b1", "b2");
	}

	@Test
	void unknownAttributeIsRefused() {
		Response response = this.admin.post("network", "/networks", Body.of("network", Body.of("colour", "red")));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.neutronMessage()).isEqualTo("Unrecognized attribute(s) 'colour'");
	}

	@Test
	void tagsAreSetAndFiltered() {
		String id = this.tenant.create("/networks", "network", Body.of("name", "tagged"));
		assertThat(this.admin.put("network", "/networks/" + id + "/tags/red", null).status()).isEqualTo(201);
		Response replaced = this.admin.put("network", "/networks/" + id + "/tags",
				Body.of("tags", Body.list("a", "b")));
		assertThat(replaced.status()).isEqualTo(200);
		var found = this.admin.get("network", "/networks?tags=a&project_id=" + this.tenant.projectId).get("networks");
		assertThat(found).hasSize(1);
		assertThat(found.path(0).path("tags").findValuesAsString("")).isEmpty();
		assertThat(found.path(0).path("tags").toString()).contains("a", "b");
		assertThat(this.admin.get("network", "/networks/" + id + "/tags/red").status()).isEqualTo(404);
	}

	@Test
	void networkWithPortsIsInUse() {
		String network = this.tenant.create("/networks", "network", Body.of("name", "busy"));
		this.tenant.create("/subnets", "subnet",
				Body.of("network_id", network, "ip_version", 4, "cidr", "10.0.0.0/24"));
		String port = this.tenant.create("/ports", "port", Body.of("network_id", network));
		Response response = this.admin.delete("network", "/networks/" + network);
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.neutronError()).isEqualTo("NetworkInUse");
		assertThat(response.neutronMessage()).contains(port);
		assertThat(this.admin.delete("network", "/ports/" + port).status()).isEqualTo(204);
		assertThat(this.admin.delete("network", "/networks/" + network).status()).isEqualTo(204);
		Response gone = this.admin.get("network", "/networks/" + network);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.neutronError()).isEqualTo("NetworkNotFound");
	}

}
