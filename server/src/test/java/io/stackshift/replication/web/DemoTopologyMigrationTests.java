package io.stackshift.replication.web;

import java.util.Map;

import io.stackshift.ApiClient.Response;
import io.stackshift.Scene;
import io.stackshift.emulator.seed.Topology;
import io.stackshift.openstack.TenantService;
import io.stackshift.openstack.client.Networking;
import io.stackshift.replication.TenantComparison;
import io.stackshift.system.web.Uuids;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole demo topology (four networks, an IPv6 subnet, two routers, groups in a
 * reference cycle, instance and VIP ports with address pairs) migrated through the API
 * with a subnet moved and ports synchronised, then read back from both clouds' own APIs
 * and compared object by object; cleanup then leaves the destination project empty.
 */
class DemoTopologyMigrationTests extends MigrationApiTest {

	@Autowired
	TenantService tenants;

	@Test
	void theDemoTenantIsCopiedObjectByObject() {
		Scene scene = scene();
		String projectId = sourceCloud().seed(Topology.bundled("demo")).id("project:demo");
		Networking sourceNeutron = admin(sourceCloud()).networking().inProject(projectId);
		restrictEgress(sourceNeutron, "db");
		Offer source = offer(scene, register(sourceCloud()), Map.of());
		Offer destination = offer(scene, register(destinationCloud()), Map.of());
		Response imported = this.staff.post(
				"/api/marketplace-provider-offerings/" + source.offering() + "/import_resource/",
				Map.of("backend_id", projectId, "project", scene.project(), "plan", source.plan()));
		assertCreated(imported);

		Response created = this.staff.post("/api/openstack-migrations/",
				Map.of("src_resource", imported.field("uuid"), "dst_offering", destination.offering(), "dst_plan",
						destination.plan(), "name", unique("demo-copy"), "mappings",
						Map.of("sync_instance_ports", true, "subnets",
								java.util.List.of(Map.of("src_cidr", "10.10.1.0/24", "dst_cidr", "192.168.1.0/24")))));
		assertCreated(created);
		Response done = awaitEnd(created.field("uuid"));
		assertThat(done.field("state")).as(done.toString()).isEqualTo("OK");

		String copy = this.tenants.find(Uuids.path(done.field("dst_tenant_uuid"))).orElseThrow().getBackendId();
		Networking destinationNeutron = admin(destinationCloud()).networking().inProject(copy);
		TenantComparison.assertCopied(sourceNeutron, destinationNeutron, (address) -> address.startsWith("10.10.1.")
				? "192.168.1." + address.substring("10.10.1.".length()) : address);

		Response cleanup = this.staff.post("/api/openstack-migrations/" + created.field("uuid") + "/cleanup/",
				Map.of());
		assertThat(cleanup.json().get("remaining").size()).as(cleanup.toString()).isZero();
		assertThat(destinationNeutron.networks().list()).isEmpty();
		assertThat(destinationNeutron.routers().list()).isEmpty();
		assertThat(destinationNeutron.ports().list()).isEmpty();
	}

	/**
	 * Removes the egress-anywhere rules Neutron gave the group, as an operator does to
	 * let the database tier reach only what its own egress rules name.
	 */
	private static void restrictEgress(Networking neutron, String groupName) {
		String group = neutron.securityGroups()
			.list()
			.stream()
			.filter((candidate) -> groupName.equals(candidate.name()))
			.findFirst()
			.orElseThrow()
			.id();
		neutron.securityGroupRules()
			.list(Map.of("security_group_id", group))
			.stream()
			.filter((rule) -> "egress".equals(rule.direction()) && rule.protocol() == null
					&& rule.remoteGroupId() == null)
			.forEach((rule) -> neutron.securityGroupRules().delete(rule.id()));
	}

}
