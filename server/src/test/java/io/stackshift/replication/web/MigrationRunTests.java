package io.stackshift.replication.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import io.stackshift.ApiClient.Response;
import io.stackshift.Scene;
import io.stackshift.emulator.faults.Fault;
import io.stackshift.emulator.faults.FaultRule;
import io.stackshift.openstack.TenantService;
import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.Network;
import io.stackshift.openstack.client.Networking;
import io.stackshift.openstack.client.Port;
import io.stackshift.openstack.client.Router;
import io.stackshift.openstack.client.SecurityGroup;
import io.stackshift.openstack.client.Subnet;
import io.stackshift.system.web.Uuids;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A created migration runs by itself and ends OK with the destination as planned, read
 * back through the destination's own API; a failed run is resumed by {@code run/} without
 * duplicates; cleanup removes what the runs made; steps and report show the execution.
 */
class MigrationRunTests extends MigrationApiTest {

	@Autowired
	TenantService tenants;

	@Autowired
	JdbcTemplate jdbc;

	Scene scene;

	Offer destination;

	Source tenant;

	@BeforeEach
	void migratable() {
		this.scene = scene();
		String type = unique("gold");
		seed(sourceCloud(), SourceTenant.volumeType(type));
		Offer source = offer(this.scene, register(sourceCloud()), Map.of());
		this.destination = offer(this.scene, register(destinationCloud()), Map.of());
		String project = unique("vpc");
		this.tenant = importSource(this.scene, source, project, SourceTenant.withPorts(project, type));
	}

	@AfterEach
	void noFaults() {
		destinationCloud().faults().clear();
	}

	@Test
	void aCreatedMigrationRunsAndTheDestinationHoldsThePlan() {
		Response created = create();
		Response done = awaitEnd(created.field("uuid"));
		assertThat(done.field("state")).as(done.toString()).isEqualTo("OK");
		assertThat(done.field("dst_resource_state")).isEqualTo("OK");
		JsonNode progress = done.json().get("progress");
		assertThat(progress.get("done").asInt()).isEqualTo(progress.get("total").asInt()).isPositive();
		assertThat(progress.get("failed").asInt()).isZero();
		assertThat(progress.get("pending").asInt()).isZero();

		Networking neutron = destinationNeutron(done);
		List<Network> networks = neutron.networks().list();
		assertThat(networks).extracting(Network::name).containsExactlyInAnyOrder("network1", "network2");
		List<Subnet> subnets = neutron.subnets().list();
		assertThat(subnets).extracting(Subnet::cidr).containsExactlyInAnyOrder("192.168.1.0/24", "10.0.0.0/24");
		Subnet subnet1 = subnets.stream().filter((s) -> s.cidr().startsWith("192.168.1.")).findFirst().orElseThrow();
		assertThat(subnet1.networkId()).isEqualTo(idOf(networks, "network1"));
		List<Router> routers = neutron.routers().list();
		assertThat(routers).hasSize(1);
		assertThat(routers.get(0).name()).isEqualTo("router");
		assertThat(routers.get(0).routes()).extracting(Router.Route::destination)
			.containsExactlyInAnyOrder("172.20.1.0/24", "172.20.2.0/24");
		assertThat(neutron.ports().list(Map.of("device_owner", "network:router_interface")))
			.extracting((port) -> port.fixedIps().get(0).subnetId())
			.containsExactlyInAnyOrderElementsOf(subnets.stream().map(Subnet::id).toList());
		List<SecurityGroup> groups = neutron.securityGroups().list();
		assertThat(groups).extracting(SecurityGroup::name).contains("web", "default");
		String web = groups.stream().filter((g) -> "web".equals(g.name())).findFirst().orElseThrow().id();
		assertThat(neutron.securityGroupRules().list(Map.of("security_group_id", web)))
			.filteredOn((rule) -> "ingress".equals(rule.direction()))
			.singleElement()
			.satisfies((rule) -> {
				assertThat(rule.protocol()).isEqualTo("tcp");
				assertThat(rule.portRangeMin()).isEqualTo(22);
				assertThat(rule.remoteIpPrefix()).isEqualTo("0.0.0.0/0");
			});
		List<Port> ports = neutron.ports()
			.list()
			.stream()
			.filter((port) -> port.deviceOwner() == null || !port.deviceOwner().startsWith("network:"))
			.toList();
		assertThat(ports).extracting(Port::macAddress)
			.containsExactlyInAnyOrder("fa:16:3e:00:01:10", "fa:16:3e:00:02:20");
		Port vm1 = ports.stream().filter((p) -> "fa:16:3e:00:01:10".equals(p.macAddress())).findFirst().orElseThrow();
		assertThat(vm1.networkId()).isEqualTo(idOf(networks, "network1"));
		assertThat(vm1.fixedIps()).extracting(Port.FixedIp::ipAddress).containsExactly("192.168.1.10");
		assertThat(vm1.securityGroups()).containsExactly(web);

		assertThat(orders(done, "done")).isEqualTo(1);
		assertThat(orders(done, "erred")).isZero();
	}

	@Test
	void aFailedRunIsResumedWithoutDuplicates() {
		destinationCloud().faults().inject(FaultRule.failing("POST", "/v2.0/routers", Fault.ERROR, 1.0, null));
		Response created = create();
		Response erred = awaitEnd(created.field("uuid"));
		assertThat(erred.field("state")).isEqualTo("ERRED");
		assertThat(erred.field("error_message")).contains("router");
		assertThat(erred.json().get("progress").get("failed").asInt()).isPositive();
		assertThat(orders(erred, "erred")).isEqualTo(1);
		JsonNode failedSteps = this.staff.get(path(created, "steps/?page_size=300")).json();
		assertThat(failedSteps.valueStream().filter((step) -> "FAILED".equals(step.get("status").asString())))
			.singleElement()
			.satisfies((step) -> {
				assertThat(step.get("kind").asString()).isEqualTo("ROUTER");
				assertThat(step.get("attempts").asInt()).isPositive();
				assertThat(step.get("error").asString()).isNotBlank();
			});

		destinationCloud().faults().clear();
		Response run = this.staff.post(path(created, "run/"), Map.of());
		assertThat(run.status()).as(run.toString()).isEqualTo(202);
		Response done = awaitEnd(created.field("uuid"));
		assertThat(done.field("state")).as(done.toString()).isEqualTo("OK");
		assertThat(done.field("error_message")).isEmpty();
		Networking neutron = destinationNeutron(done);
		assertThat(neutron.routers().list()).hasSize(1);
		assertThat(neutron.networks().list()).hasSize(2);
		assertThat(neutron.subnets().list()).hasSize(2);
		assertThat(orders(done, "done")).isEqualTo(1);
		assertThat(orders(done, "erred")).isEqualTo(1);
		assertThat(this.staff.post(path(created, "run/"), Map.of()).status()).isEqualTo(409);
	}

	@Test
	void twoConcurrentRunsStartOne() throws Exception {
		destinationCloud().faults().inject(FaultRule.failing("POST", "/v2.0/routers", Fault.ERROR, 1.0, null));
		Response created = create();
		assertThat(awaitEnd(created.field("uuid")).field("state")).isEqualTo("ERRED");
		destinationCloud().faults().clear();
		var pool = Executors.newFixedThreadPool(2);
		try {
			var start = new CountDownLatch(1);
			Callable<Integer> run = () -> {
				start.await();
				return this.staff.post(path(created, "run/"), Map.of()).status();
			};
			var first = pool.submit(run);
			var second = pool.submit(run);
			start.countDown();
			assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(202, 409);
		}
		finally {
			pool.shutdownNow();
		}
		Response done = awaitEnd(created.field("uuid"));
		assertThat(done.field("state")).as(done.toString()).isEqualTo("OK");
		assertThat(destinationNeutron(done).routers().list()).hasSize(1);
		assertThat(orders(done, "done")).isEqualTo(1);
	}

	@Test
	void aCancelledRunStopsAndResumes() throws InterruptedException {
		// every router create takes 1.5 seconds, so that the run is still going when
		// cancelled
		destinationCloud().faults().inject(FaultRule.latency("POST", "/v2.0/routers", 1500, 0, 0));
		Response created = create();
		int status = 0;
		for (int i = 0; i < 100 && status != 202; i++) {
			status = this.staff.post(path(created, "cancel/"), Map.of()).status();
			Thread.sleep(50);
		}
		assertThat(status).as("cancel answered while running").isEqualTo(202);
		Response cancelled = awaitEnd(created.field("uuid"));
		destinationCloud().faults().clear();
		assertThat(cancelled.field("state")).isEqualTo("ERRED");
		assertThat(cancelled.field("error_message")).isEqualTo("Cancelled.");
		assertThat(cancelled.json().get("progress").get("pending").asInt()).isPositive();
		assertThat(this.staff.post(path(created, "run/"), Map.of()).status()).isEqualTo(202);
		Response done = awaitEnd(created.field("uuid"));
		assertThat(done.field("state")).as(done.toString()).isEqualTo("OK");
		assertThat(destinationNeutron(done).networks().list()).hasSize(2);
	}

	@Test
	void aRunWhoseNodeDiedIsTakenOver() {
		destinationCloud().faults().inject(FaultRule.failing("POST", "/v2.0/routers", Fault.ERROR, 1.0, null));
		Response created = create();
		assertThat(awaitEnd(created.field("uuid")).field("state")).isEqualTo("ERRED");
		destinationCloud().faults().clear();
		// a node claimed the migration, picked its task and died mid-run: the task's
		// heartbeat stopped an hour ago
		UUID migration = Uuids.path(created.field("uuid"));
		this.jdbc.update("update migrations set state = 'CREATING' where uuid = ?", migration);
		this.jdbc.update("insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by,"
				+ " last_heartbeat, version, priority) values ('migration-run', ?, now() - interval '1 hour', true,"
				+ " 'dead-node', now() - interval '1 hour', 1, 0)", migration.toString());
		Response done = awaitEnd(created.field("uuid"));
		assertThat(done.field("state")).as(done.toString()).isEqualTo("OK");
		assertThat(destinationNeutron(done).routers().list()).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from scheduled_tasks where task_instance = ?", Long.class,
				migration.toString()))
			.isZero();
	}

	@Test
	void stepsAndReportShowTheExecution() {
		Response created = create();
		Response done = awaitEnd(created.field("uuid"));
		assertThat(done.field("state")).isEqualTo("OK");
		Response page = this.staff.get(path(created, "steps/?page_size=5"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().size()).isEqualTo(5);
		assertThat(page.header("X-Result-Count")).isEqualTo(done.json().get("progress").get("total").asString());
		JsonNode first = page.json().get(0);
		assertThat(first.get("key").asString()).isEqualTo("project");
		assertThat(first.get("status").asString()).isEqualTo("DONE");
		assertThat(first.get("object_id").asString()).isEqualTo(backendId(done));
		assertThat(first.get("attempts").asInt()).isEqualTo(1);
		assertThat(first.get("started_at").isNull()).isFalse();
		Response report = this.staff.get(path(created, "report/"));
		assertThat(report.status()).as(report.toString()).isEqualTo(200);
		assertThat(report.json().get("matches").asBoolean()).isTrue();
		assertThat(report.json().get("checked").asInt()).isPositive();
	}

	@Test
	void cleanupRemovesWhatTheRunCreated() {
		Response created = create();
		Response done = awaitEnd(created.field("uuid"));
		assertThat(done.field("state")).isEqualTo("OK");
		Networking neutron = destinationNeutron(done);
		assertThat(neutron.networks().list()).isNotEmpty();
		Response cleanup = this.staff.post(path(created, "cleanup/"), Map.of());
		assertThat(cleanup.status()).as(cleanup.toString()).isEqualTo(200);
		assertThat(cleanup.json().get("remaining").size()).isZero();
		assertThat(neutron.networks().list()).isEmpty();
		assertThat(neutron.routers().list()).isEmpty();
		JsonNode steps = this.staff.get(path(created, "steps/?page_size=300")).json();
		assertThat(steps.valueStream().filter((step) -> "NETWORK".equals(step.get("kind").asString())))
			.allSatisfy((step) -> assertThat(step.get("status").asString()).isEqualTo("REMOVED"));
		// the report stays the run's; a live one reads the destination as it is now
		JsonNode recorded = this.staff.get(path(created, "report/")).json();
		assertThat(recorded.get("matches").asBoolean()).isTrue();
		assertThat(recorded.get("live").asBoolean()).isFalse();
		assertThat(Instant.parse(recorded.get("verified_at").asString())).isBefore(Instant.now());
		JsonNode now = this.staff.get(path(created, "report/?live=true")).json();
		assertThat(now.get("matches").asBoolean()).isFalse();
		assertThat(now.get("live").asBoolean()).isTrue();
		assertThat(now.get("differences").valueStream())
			.anySatisfy((difference) -> assertThat(difference.get("attribute").asString()).isEqualTo("exists"));
		Response wrong = this.staff.get(path(created, "report/?live=maybe"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().has("live")).as(wrong.toString()).isTrue();
	}

	@Test
	void onlyTheCreatorAndStaffAct() {
		Response created = create();
		awaitEnd(created.field("uuid"));
		assertThat(this.scene.as("support").get(path(created, "steps/")).status()).isEqualTo(200);
		assertThat(this.scene.as("support").post(path(created, "run/"), Map.of()).status()).isEqualTo(403);
		assertThat(this.scene.as("support").post(path(created, "cleanup/"), Map.of()).status()).isEqualTo(403);
		assertThat(this.scene.as("unrelated").get(path(created, "steps/")).status()).isEqualTo(404);
		assertThat(this.scene.as("unrelated").post(path(created, "cancel/"), Map.of()).status()).isEqualTo(404);
		assertThat(this.staff.post(path(created, "cancel/"), Map.of()).status()).isEqualTo(409);
	}

	@Test
	void aSubnetWithoutGatewayKeepsAPoolThatStartsAtItsFirstAddress() {
		String project = unique("transit");
		Source transit = importSource(this.scene, offer(this.scene, register(sourceCloud()), Map.of()), project, """
				projects:
				  - name: %s
				    quotas:
				      network: {network: 10, subnet: 10, port: 50}
				    networks:
				      - name: transit
				        subnets: [{name: link, cidr: 172.16.5.0/29, gateway_ip: none}]
				""".formatted(project));
		Response created = this.staff.post("/api/openstack-migrations/", request(transit, this.destination, Map.of()));
		assertCreated(created);
		Response done = awaitEnd(created.field("uuid"));
		assertThat(done.field("state")).as(done.toString()).isEqualTo("OK");
		Subnet link = destinationNeutron(done).subnets().list().get(0);
		assertThat(link.gatewayIp()).isNull();
		assertThat(link.allocationPools()).extracting((pool) -> pool.start() + "-" + pool.end())
			.containsExactly("172.16.5.1-172.16.5.6");
	}

	private Response create() {
		Response created = this.staff.post("/api/openstack-migrations/",
				request(this.tenant, this.destination, Map.of("mappings", Map.of("sync_instance_ports", true))));
		assertCreated(created);
		return created;
	}

	/** The destination tenant's Neutron, through the cloud's API, not our records. */
	private Networking destinationNeutron(Response migration) {
		CloudClient cloud = this.transactions.execute((status) -> this.clients
			.forCloud(this.clouds.findByUuid(Uuids.path(this.destination.cloud())).orElseThrow()));
		return cloud.networking().inProject(backendId(migration));
	}

	private String backendId(Response migration) {
		String id = this.tenants.find(Uuids.path(migration.field("dst_tenant_uuid"))).orElseThrow().getBackendId();
		assertThat(id).as("the destination project recorded on the tenant").isNotBlank();
		return id;
	}

	private int orders(Response migration, String state) {
		return this.staff
			.get("/api/marketplace-orders/?resource_uuid=" + migration.field("dst_resource_uuid") + "&state=" + state)
			.json()
			.size();
	}

	private static String path(Response migration, String action) {
		return "/api/openstack-migrations/" + migration.field("uuid") + "/" + action;
	}

	private static String idOf(List<Network> networks, String name) {
		return networks.stream().filter((n) -> name.equals(n.name())).findFirst().orElseThrow().id();
	}

}
