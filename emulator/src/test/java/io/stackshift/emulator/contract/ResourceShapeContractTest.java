package io.stackshift.emulator.contract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Neutron resource carries exactly the attributes the real Neutron shows, to an
 * admin and to a member, so that clients reading them (and mappers binding them strictly)
 * behave the same.
 */
class ResourceShapeContractTest {

	private static final List<String> STANDARD = List.of("id", "tenant_id", "project_id", "created_at", "updated_at",
			"revision_number");

	private Tenant tenant;

	private String network;

	private String subnet;

	private String port;

	private String router;

	private String group;

	private String floatingIp;

	@BeforeEach
	void resources() {
		this.tenant = new Tenant();
		this.network = this.tenant.create("/networks", "network", Body.of("name", "net"));
		this.subnet = this.tenant.create("/subnets", "subnet",
				Body.of("network_id", this.network, "ip_version", 4, "cidr", "10.0.0.0/24"));
		this.port = this.tenant.create("/ports", "port", Body.of("network_id", this.network));
		this.router = this.tenant.create("/routers", "router", Body.of("name", "r"));
		this.group = this.tenant.create("/security-groups", "security_group", Body.of("name", "g"));
		String external = this.tenant.admin.get("network", "/networks?name=public")
			.get("networks")
			.path(0)
			.path("id")
			.asString();
		this.floatingIp = this.tenant.create("/floatingips", "floatingip", Body.of("floating_network_id", external));
	}

	@AfterEach
	void cleanUp() {
		this.tenant.close();
	}

	private static Set<String> keys(JsonNode node) {
		Set<String> keys = new TreeSet<>();
		node.propertyNames().forEach(keys::add);
		return keys;
	}

	private static Set<String> expected(String... specific) {
		Set<String> keys = new TreeSet<>(STANDARD);
		keys.addAll(List.of(specific));
		return keys;
	}

	private JsonNode show(Session session, String path, String key) {
		return session.get("network", path).get(key);
	}

	@Test
	void adminSeesNeutronsFullAttributes() {
		Session admin = this.tenant.admin;
		assertThat(keys(show(admin, "/networks/" + this.network, "network")))
			.isEqualTo(expected("name", "description", "tags", "admin_state_up", "availability_zone_hints",
					"availability_zones", "ipv4_address_scope", "ipv6_address_scope", "mtu", "port_security_enabled",
					"provider:network_type", "provider:physical_network", "provider:segmentation_id", "router:external",
					"shared", "status", "subnets"));
		assertThat(keys(show(admin, "/subnets/" + this.subnet, "subnet"))).isEqualTo(expected("name", "description",
				"tags", "allocation_pools", "cidr", "dns_nameservers", "enable_dhcp", "gateway_ip", "host_routes",
				"ip_version", "ipv6_address_mode", "ipv6_ra_mode", "network_id", "service_types", "subnetpool_id"));
		assertThat(keys(show(admin, "/ports/" + this.port, "port"))).isEqualTo(expected("name", "description", "tags",
				"admin_state_up", "allowed_address_pairs", "binding:host_id", "binding:profile", "binding:vif_details",
				"binding:vif_type", "binding:vnic_type", "device_id", "device_owner", "extra_dhcp_opts", "fixed_ips",
				"mac_address", "network_id", "port_security_enabled", "security_groups", "status"));
		assertThat(keys(show(admin, "/routers/" + this.router, "router"))).isEqualTo(expected("name", "description",
				"tags", "admin_state_up", "availability_zone_hints", "availability_zones", "distributed",
				"external_gateway_info", "flavor_id", "ha", "routes", "status"));
		JsonNode group = show(admin, "/security-groups/" + this.group, "security_group");
		assertThat(keys(group))
			.isEqualTo(expected("name", "description", "tags", "security_group_rules", "shared", "stateful"));
		String rule = group.path("security_group_rules").path(0).path("id").asString();
		assertThat(keys(show(admin, "/security-group-rules/" + rule, "security_group_rule"))).isEqualTo(expected(
				"description", "direction", "ethertype", "normalized_cidr", "port_range_max", "port_range_min",
				"protocol", "remote_address_group_id", "remote_group_id", "remote_ip_prefix", "security_group_id"));
		assertThat(keys(show(admin, "/floatingips/" + this.floatingIp, "floatingip")))
			.isEqualTo(expected("description", "tags", "fixed_ip_address", "floating_ip_address", "floating_network_id",
					"port_details", "port_id", "router_id", "status"));
	}

	@Test
	void memberDoesNotSeeAdminOnlyAttributes() {
		Session member = this.tenant.member();
		assertThat(keys(show(member, "/networks/" + this.network, "network")))
			.doesNotContain("provider:network_type", "provider:physical_network", "provider:segmentation_id")
			.contains("router:external", "shared", "subnets", "mtu");
		assertThat(keys(show(member, "/ports/" + this.port, "port")))
			.doesNotContain("binding:host_id", "binding:profile", "binding:vif_details", "binding:vif_type")
			.contains("binding:vnic_type", "fixed_ips", "security_groups");
		assertThat(keys(show(member, "/routers/" + this.router, "router"))).doesNotContain("distributed", "ha")
			.contains("routes", "external_gateway_info");
	}

}
