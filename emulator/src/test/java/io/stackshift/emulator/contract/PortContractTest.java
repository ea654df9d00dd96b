package io.stackshift.emulator.contract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Ports: fixed IPs, MAC addresses, default security group, allowed address pairs, bulk.
 */
class PortContractTest {

	private Tenant tenant;

	private Session member;

	private String network;

	private String subnet;

	@BeforeEach
	void tenant() {
		this.tenant = new Tenant();
		this.member = this.tenant.member();
		this.network = this.tenant.create("/networks", "network", Body.of("name", "net"));
		this.subnet = this.tenant.create("/subnets", "subnet",
				Body.of("network_id", this.network, "ip_version", 4, "cidr", "10.0.0.0/24"));
	}

	@AfterEach
	void cleanUp() {
		this.tenant.close();
	}

	private Response port(Object... attributes) {
		var body = Body.of(attributes);
		body.put("network_id", this.network);
		return this.member.post("network", "/ports", Body.of("port", body));
	}

	private JsonNode fixedIp(String address) {
		return Body.list(Body.of("subnet_id", this.subnet, "ip_address", address));
	}

	@Test
	void portWithFixedIpMacAndPairs() {
		Response created = port("name", "p1", "fixed_ips", fixedIp("10.0.0.50"), "mac_address", "fa:16:3e:00:00:01",
				"device_owner", "compute:nova", "allowed_address_pairs",
				Body.list(Body.of("ip_address", "10.0.0.200")));
		assertThat(created.status()).isEqualTo(201);
		JsonNode port = created.get("port");
		assertThat(port.path("status").asString()).isEqualTo("DOWN");
		// Binding details are for admins only; a member does not even see the keys.
		assertThat(port.has("binding:vif_type")).isFalse();
		assertThat(port.path("binding:vnic_type").asString()).isEqualTo("normal");
		JsonNode asAdmin = this.tenant.admin.get("network", "/ports/" + port.path("id").asString()).get("port");
		assertThat(asAdmin.path("binding:vif_type").asString()).isEqualTo("unbound");
		assertThat(port.path("fixed_ips").path(0).path("ip_address").asString()).isEqualTo("10.0.0.50");
		assertThat(port.path("mac_address").asString()).isEqualTo("fa:16:3e:00:00:01");
		assertThat(port.path("allowed_address_pairs").path(0).path("mac_address").asString())
			.isEqualTo("fa:16:3e:00:00:01");
		String defaultGroup = this.member.get("network", "/security-groups?name=default")
			.get("security_groups")
			.path(0)
			.path("id")
			.asString();
		assertThat(port.path("security_groups").path(0).asString()).isEqualTo(defaultGroup);
	}

	@Test
	void ipInUseIs409() {
		assertThat(port("fixed_ips", fixedIp("10.0.0.50")).status()).isEqualTo(201);
		Response response = port("fixed_ips", fixedIp("10.0.0.50"));
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.neutronError()).isEqualTo("IpAddressAlreadyAllocated");
		assertThat(response.neutronMessage())
			.isEqualTo("IP address 10.0.0.50 already allocated in subnet " + this.subnet);
	}

	@Test
	void ipOutsideSubnetIs400() {
		Response response = port("fixed_ips", fixedIp("10.3.0.50"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.neutronError()).isEqualTo("InvalidIpForSubnet");
	}

	@Test
	void macInUseIs409() {
		assertThat(port("mac_address", "fa:16:3e:00:00:02").status()).isEqualTo(201);
		Response response = port("mac_address", "fa:16:3e:00:00:02");
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.neutronError()).isEqualTo("MacAddressInUse");
	}

	@Test
	void invalidMacIs400() {
		Response response = port("mac_address", "zz");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.neutronMessage())
			.isEqualTo("Invalid input for mac_address. Reason: 'zz' is not a valid MAC address.");
	}

	@Test
	void addressIsAllocatedFromThePool() {
		Response created = port();
		assertThat(created.status()).isEqualTo(201);
		String address = created.get("port").path("fixed_ips").path(0).path("ip_address").asString();
		int last = Integer.parseInt(address.substring(address.lastIndexOf('.') + 1));
		assertThat(address).startsWith("10.0.0.");
		assertThat(last).isBetween(2, 254);
		Response byIp = this.member.get("network", "/ports?fixed_ips=ip_address%3D" + address);
		assertThat(byIp.get("ports")).hasSize(1);
	}

	@Test
	void emulatorAllocatesTheLowestFreeAddress() {
		assumeTrue(this.tenant.cloud.isEmulator(),
				"Neutron picks a random free address of the pools; only the emulator is deterministic");
		Response created = port();
		assertThat(created.get("port").path("fixed_ips").path(0).path("ip_address").asString()).isEqualTo("10.0.0.2");
	}

	@Test
	void ipAloneFindsItsSubnet() {
		Response created = port("fixed_ips", Body.list(Body.of("ip_address", "10.0.0.60")));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.get("port").path("fixed_ips").path(0).path("subnet_id").asString()).isEqualTo(this.subnet);
	}

	@Test
	void bulkPorts() {
		Response bulk = this.member.post("network", "/ports", Body.of("ports", Body
			.list(Body.of("network_id", this.network, "name", "a"), Body.of("network_id", this.network, "name", "b"))));
		assertThat(bulk.status()).isEqualTo(201);
		assertThat(bulk.get("ports")).hasSize(2);
	}

	@Test
	void updateChangesGroupsAndAddresses() {
		String group = this.member
			.post("network", "/security-groups", Body.of("security_group", Body.of("name", "web")))
			.get("security_group")
			.path("id")
			.asString();
		String port = port("name", "p").get("port").path("id").asString();
		Response updated = this.member.put("network", "/ports/" + port, Body.of("port",
				Body.of("security_groups", Body.list(group), "fixed_ips", fixedIp("10.0.0.77"), "name", "renamed")));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.get("port").path("security_groups").path(0).asString()).isEqualTo(group);
		assertThat(updated.get("port").path("fixed_ips").path(0).path("ip_address").asString()).isEqualTo("10.0.0.77");
		assertThat(updated.get("port").path("name").asString()).isEqualTo("renamed");
	}

}
