package io.stackshift.replication.plan;

import io.stackshift.replication.snapshot.Snapshot;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot, the mappings and the plan are stored as JSON with the migration, with the
 * service's snake_case naming.
 */
class PlanJsonTest {

	private final JsonMapper json = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	@Test
	void planSerialisesWithReferencesAsStepObjects() {
		String text = this.json.writeValueAsString(Tenants.plan(Tenants.shop(), Tenants.ports()));
		assertThat(text).contains("\"key\":\"subnet/s-web\"", "\"depends_on\":[",
				"\"network_id\":{\"step\":\"network/n-web\"}", "\"kind\":\"SUBNET\"", "\"action\":\"CREATE\"");
		assertThat(this.json.writeValueAsString(Tenants.plan(Tenants.shop(), Tenants.ports()))).isEqualTo(text);
	}

	@Test
	void planReadBackFromJsonEqualsThePlanWritten() {
		Plan plan = Tenants.plan(Tenants.shop(), Tenants.remapWithPorts("10.0.1.0/24", "192.168.1.0/24"));
		assertThat(this.json.readValue(this.json.writeValueAsString(plan), Plan.class)).isEqualTo(plan);
	}

	@Test
	void snapshotSurvivesAJsonRoundTrip() {
		Snapshot snapshot = Tenants.shop();
		String text = this.json.writeValueAsString(snapshot);
		assertThat(text).doesNotContain("\"default\":", "gateway_disabled");
		assertThat(text).contains("\"gateway_ip\":\"10.0.1.1\"", "\"ipv6_ra_mode\":\"slaac\"",
				"\"router_external\":false", "\"allowed_address_pairs\"");
		assertThat(this.json.readValue(text, Snapshot.class)).isEqualTo(snapshot);
	}

	@Test
	void mappingsReadWaldurFieldNames() {
		Mappings mappings = this.json.readValue("""
				{"volume_types": [{"src_type_uuid": "a", "dst_type_uuid": "b"}],
				 "subnets": [{"src_cidr": "10.0.1.0/24", "dst_cidr": "192.168.1.0/24"}],
				 "networks": ["n-web"], "skip_connection_extnet": true, "sync_instance_ports": true}
				""", Mappings.class);
		assertThat(mappings).isEqualTo(new Mappings(java.util.List.of(new Mappings.VolumeTypePair("a", "b")),
				java.util.List.of(new Mappings.SubnetPair("10.0.1.0/24", "192.168.1.0/24")), java.util.List.of("n-web"),
				true, true));
		assertThat(this.json.readValue("{}", Mappings.class)).isEqualTo(Mappings.NONE);
	}

}
