package io.stackshift.emulator.contract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Networks and subnets: defaults, Neutron's subnet validations and their status codes.
 */
class SubnetContractTest {

	private Tenant tenant;

	private Session admin;

	private String network;

	@BeforeEach
	void tenant() {
		this.tenant = new Tenant();
		this.admin = this.tenant.admin;
		this.network = this.tenant.create("/networks", "network", Body.of("name", "net"));
	}

	@AfterEach
	void cleanUp() {
		this.tenant.close();
	}

	private Response subnet(Object... attributes) {
		var body = Body.of(attributes);
		body.put("network_id", this.network);
		body.put("project_id", this.tenant.projectId);
		if (!body.has("ip_version")) {
			body.put("ip_version", 4);
		}
		return this.admin.post("network", "/subnets", Body.of("subnet", body));
	}

	@Test
	void defaultGatewayAndPoolCoverTheCidr() {
		Response created = subnet("cidr", "10.0.0.0/24", "name", "s1");
		assertThat(created.status()).isEqualTo(201);
		var subnet = created.get("subnet");
		assertThat(subnet.path("gateway_ip").asString()).isEqualTo("10.0.0.1");
		assertThat(subnet.path("enable_dhcp").asBoolean()).isTrue();
		assertThat(subnet.path("allocation_pools").path(0).path("start").asString()).isEqualTo("10.0.0.2");
		assertThat(subnet.path("allocation_pools").path(0).path("end").asString()).isEqualTo("10.0.0.254");
		var network = this.admin.get("network", "/networks/" + this.network).get("network");
		assertThat(network.path("subnets").path(0).asString()).isEqualTo(subnet.path("id").asString());
	}

	@Test
	void hostBitsAreNormalisedAway() {
		Response created = subnet("cidr", "10.7.0.5/24");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.get("subnet").path("cidr").asString()).isEqualTo("10.7.0.0/24");
	}

	@Test
	void ipv6SubnetGetsAnycastGateway() {
		Response created = subnet("cidr", "fd00:1::/64", "ip_version", 6);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.get("subnet").path("gateway_ip").asString()).isEqualTo("fd00:1::");
		assertThat(created.get("subnet").path("allocation_pools").path(0).path("start").asString())
			.isEqualTo("fd00:1::1");
	}

	@Test
	void invalidCidrIs400InvalidInput() {
		Response response = subnet("cidr", "10.0.0.300/24");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.neutronError()).isEqualTo("InvalidInput");
		assertThat(response.neutronMessage())
			.isEqualTo("Invalid input for operation: 10.0.0.300/24 is not in a CIDR format.");
	}

	@Test
	void overlappingCidrInOneNetworkIs400InvalidInput() {
		assertThat(subnet("cidr", "10.0.0.0/24").status()).isEqualTo(201);
		Response response = subnet("cidr", "10.0.0.128/25");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.neutronError()).isEqualTo("InvalidInput");
		assertThat(response.neutronMessage()).contains("overlaps with another subnet");
	}

	@Test
	void versionMismatchIs400() {
		Response response = subnet("cidr", "10.8.0.0/24", "ip_version", 6);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.neutronError()).isEqualTo("InvalidInput");
	}

	@Test
	void poolOutsideCidrIs400() {
		Response response = subnet("cidr", "10.1.0.0/24", "allocation_pools",
				Body.list(Body.of("start", "10.2.0.10", "end", "10.2.0.20")));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.neutronError()).isEqualTo("OutOfBoundsAllocationPool");
	}

	@Test
	void gatewayInsidePoolIs409() {
		Response response = subnet("cidr", "10.1.0.0/24", "gateway_ip", "10.1.0.15", "allocation_pools",
				Body.list(Body.of("start", "10.1.0.10", "end", "10.1.0.20")));
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.neutronError()).isEqualTo("GatewayConflictWithAllocationPools");
		assertThat(response.neutronMessage())
			.isEqualTo("Gateway ip 10.1.0.15 conflicts with allocation pool 10.1.0.10-10.1.0.20.");
	}

	@Test
	void overlappingPoolsAre409() {
		Response response = subnet("cidr", "10.1.0.0/24", "allocation_pools", Body.list(
				Body.of("start", "10.1.0.10", "end", "10.1.0.20"), Body.of("start", "10.1.0.15", "end", "10.1.0.30")));
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.neutronError()).isEqualTo("OverlappingAllocationPools");
	}

	@Test
	void gatewayOutsideCidrIsAcceptedAndPoolTakesAllHosts() {
		Response response = subnet("cidr", "10.1.0.0/24", "gateway_ip", "10.9.0.1");
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.get("subnet").path("gateway_ip").asString()).isEqualTo("10.9.0.1");
		assertThat(response.get("subnet").path("allocation_pools").path(0).path("start").asString())
			.isEqualTo("10.1.0.1");
	}

	@Test
	void gatewaylessSubnetHasNullGateway() {
		Response response = subnet("cidr", "10.20.0.0/24", "gateway_ip", null);
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.get("subnet").path("gateway_ip").isNull()).isTrue();
	}

	@Test
	void missingCidrAndUnknownNetwork() {
		Response noCidr = subnet();
		assertThat(noCidr.status()).isEqualTo(400);
		assertThat(noCidr.neutronError()).isEqualTo("BadRequest");
		Response unknown = this.admin.post("network", "/subnets", Body.of("subnet",
				Body.of("network_id", "00000000-0000-0000-0000-000000000000", "ip_version", 4, "cidr", "10.5.0.0/24")));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.neutronError()).isEqualTo("NetworkNotFound");
	}

	@Test
	void bulkCreateIsAtomic() {
		Response bulk = this.admin.post("network", "/subnets",
				Body.of("subnets",
						Body.list(
								Body.of("network_id", this.network, "ip_version", 4, "cidr", "10.30.0.0/24",
										"project_id", this.tenant.projectId),
								Body.of("network_id", this.network, "ip_version", 4, "cidr", "10.30.0.0/25",
										"project_id", this.tenant.projectId))));
		assertThat(bulk.status()).isEqualTo(400);
		assertThat(this.admin.get("network", "/subnets?network_id=" + this.network).get("subnets")).isEmpty();
		Response good = this.admin.post("network", "/subnets",
				Body.of("subnets",
						Body.list(
								Body.of("network_id", this.network, "ip_version", 4, "cidr", "10.30.0.0/24",
										"project_id", this.tenant.projectId),
								Body.of("network_id", this.network, "ip_version", 4, "cidr", "10.31.0.0/24",
										"project_id", this.tenant.projectId))));
		assertThat(good.status()).isEqualTo(201);
		assertThat(good.get("subnets")).hasSize(2);
	}

}
