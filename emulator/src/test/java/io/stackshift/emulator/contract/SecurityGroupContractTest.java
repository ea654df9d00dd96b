package io.stackshift.emulator.contract;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security groups and rules: the default group, default rules, remote groups (cycles
 * too), duplicates, bad ranges, bulk within one group, deletion rules.
 */
class SecurityGroupContractTest {

	private Tenant tenant;

	private Session member;

	@BeforeEach
	void tenant() {
		this.tenant = new Tenant();
		this.member = this.tenant.member();
	}

	@AfterEach
	void cleanUp() {
		this.tenant.close();
	}

	private String group(String name) {
		Response created = this.member.post("network", "/security-groups",
				Body.of("security_group", Body.of("name", name)));
		assertThat(created.status()).isEqualTo(201);
		return created.get("security_group").path("id").asString();
	}

	private Response rule(String group, Object... attributes) {
		var body = Body.of(attributes);
		body.put("security_group_id", group);
		if (!body.has("direction")) {
			body.put("direction", "ingress");
		}
		return this.member.post("network", "/security-group-rules", Body.of("security_group_rule", body));
	}

	private static List<String> describe(JsonNode rules) {
		List<String> described = new ArrayList<>();
		for (JsonNode rule : rules) {
			described.add(rule.path("direction").asString() + " " + rule.path("ethertype").asString() + " "
					+ (rule.path("remote_group_id").isNull() ? "any" : "self"));
		}
		return described;
	}

	@Test
	void defaultGroupAppearsOnFirstUseWithFourRules() {
		JsonNode groups = this.member.get("network", "/security-groups").get("security_groups");
		assertThat(groups).hasSize(1);
		JsonNode group = groups.path(0);
		assertThat(group.path("name").asString()).isEqualTo("default");
		assertThat(group.path("description").asString()).isEqualTo("Default security group");
		assertThat(describe(group.path("security_group_rules"))).containsExactlyInAnyOrder("ingress IPv4 self",
				"ingress IPv6 self", "egress IPv4 any", "egress IPv6 any");
	}

	@Test
	void newGroupHasTwoEgressRules() {
		String id = group("web");
		JsonNode group = this.member.get("network", "/security-groups/" + id).get("security_group");
		assertThat(describe(group.path("security_group_rules"))).containsExactlyInAnyOrder("egress IPv4 any",
				"egress IPv6 any");
	}

	@Test
	void duplicateRuleIs409WithTheExistingId() {
		String group = group("web");
		Response first = rule(group, "protocol", "tcp", "port_range_min", 22, "port_range_max", 22, "remote_ip_prefix",
				"0.0.0.0/0");
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.get("security_group_rule").path("normalized_cidr").asString()).isEqualTo("0.0.0.0/0");
		Response again = rule(group, "protocol", "tcp", "port_range_min", 22, "port_range_max", 22, "remote_ip_prefix",
				"0.0.0.0/0");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.neutronError()).isEqualTo("SecurityGroupRuleExists");
		assertThat(again.neutronMessage()).isEqualTo("Security group rule already exists. Rule id is "
				+ first.get("security_group_rule").path("id").asString() + ".");
	}

	@Test
	void prefixIsKeptAsGivenBesideItsNormalisedForm() {
		String group = group("dns");
		Response loose = rule(group, "protocol", "udp", "port_range_min", 53, "port_range_max", 53, "remote_ip_prefix",
				"10.0.0.5/8");
		assertThat(loose.status()).isEqualTo(201);
		assertThat(loose.get("security_group_rule").path("remote_ip_prefix").asString()).isEqualTo("10.0.0.5/8");
		assertThat(loose.get("security_group_rule").path("normalized_cidr").asString()).isEqualTo("10.0.0.0/8");
		assertThat(rule(group, "protocol", "udp", "port_range_min", 53, "port_range_max", 53, "remote_ip_prefix",
				"10.0.0.0/8")
			.status()).as("not a duplicate for Neutron: the prefixes are written differently").isEqualTo(201);
	}

	@Test
	void remoteGroupsMayFormACycle() {
		String web = group("web");
		String db = group("db");
		assertThat(rule(web, "protocol", "tcp", "port_range_min", 5432, "port_range_max", 5432, "remote_group_id", db)
			.status()).isEqualTo(201);
		assertThat(rule(db, "protocol", "tcp", "port_range_min", 8080, "port_range_max", 8080, "remote_group_id", web)
			.status()).isEqualTo(201);
		Response unknown = rule(web, "protocol", "tcp", "remote_group_id", "00000000-0000-0000-0000-000000000000");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.neutronError()).isEqualTo("SecurityGroupNotFound");
	}

	@Test
	void invalidRulesAre400() {
		String group = group("web");
		Response range = rule(group, "protocol", "tcp", "port_range_min", 80, "port_range_max", 70);
		assertThat(range.status()).isEqualTo(400);
		assertThat(range.neutronError()).isEqualTo("SecurityGroupInvalidPortRange");
		Response value = rule(group, "protocol", "tcp", "port_range_min", 1, "port_range_max", 70000);
		assertThat(value.neutronError()).isEqualTo("SecurityGroupInvalidPortValue");
		Response noProtocol = rule(group, "port_range_min", 1, "port_range_max", 7);
		assertThat(noProtocol.neutronError()).isEqualTo("SecurityGroupProtocolRequiredWithPorts");
		Response protocol = rule(group, "protocol", "foo");
		assertThat(protocol.neutronError()).isEqualTo("SecurityGroupRuleInvalidProtocol");
		Response direction = rule(group, "direction", "sideways");
		assertThat(direction.status()).isEqualTo(400);
		assertThat(direction.neutronMessage())
			.isEqualTo("Invalid input for direction. Reason: sideways is not in valid_values.");
		Response remotes = rule(group, "remote_ip_prefix", "10.0.0.0/8", "remote_group_id", group);
		assertThat(remotes.neutronError()).isEqualTo("SecurityGroupMultipleRemoteEntites");
	}

	@Test
	void bulkRulesMustTargetOneGroup() {
		String web = group("web");
		String db = group("db");
		Response spanning = this.member.post("network", "/security-group-rules",
				Body.of("security_group_rules",
						Body.list(Body.of("security_group_id", web, "direction", "ingress", "protocol", "tcp"),
								Body.of("security_group_id", db, "direction", "ingress", "protocol", "tcp"))));
		assertThat(spanning.status()).isEqualTo(400);
		assertThat(spanning.neutronError()).isEqualTo("SecurityGroupNotSingleGroupRules");
		Response single = this.member.post("network", "/security-group-rules",
				Body.of("security_group_rules",
						Body.list(Body.of("security_group_id", web, "direction", "ingress", "protocol", "tcp"),
								Body.of("security_group_id", web, "direction", "ingress", "protocol", "udp"))));
		assertThat(single.status()).isEqualTo(201);
		assertThat(single.get("security_group_rules")).hasSize(2);
	}

	@Test
	void defaultGroupInUseCannotBeDeleted() {
		String network = this.tenant.create("/networks", "network", Body.of("name", "net"));
		this.tenant.create("/subnets", "subnet",
				Body.of("network_id", network, "ip_version", 4, "cidr", "10.0.0.0/24"));
		String port = this.member.post("network", "/ports", Body.of("port", Body.of("network_id", network)))
			.get("port")
			.path("id")
			.asString();
		String defaultGroup = this.member.get("network", "/security-groups?name=default")
			.get("security_groups")
			.path(0)
			.path("id")
			.asString();
		Response response = this.tenant.admin.delete("network", "/security-groups/" + defaultGroup);
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.neutronError()).isEqualTo("SecurityGroupInUse");
		assertThat(response.neutronMessage()).isEqualTo("Security Group " + defaultGroup + " in use.");
		this.member.delete("network", "/ports/" + port);
	}

	@Test
	void bulkGroups() {
		Response bulk = this.member.post("network", "/security-groups",
				Body.of("security_groups", Body.list(Body.of("name", "a"), Body.of("name", "b"))));
		assertThat(bulk.status()).isEqualTo(201);
		assertThat(bulk.get("security_groups")).hasSize(2);
	}

}
