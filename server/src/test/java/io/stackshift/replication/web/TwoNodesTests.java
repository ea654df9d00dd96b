package io.stackshift.replication.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.stackshift.ApiClient.Response;
import io.stackshift.emulator.faults.FaultRule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service instances on one database, as a cluster runs: migrations created on either
 * node are run by whichever node picks them, each step exactly once; a cancel sent to the
 * node that is not running a migration still stops it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

	private Cluster cluster;

	@BeforeAll
	void twoNodes() {
		// one run at a time per node, so that three migrations need both nodes
		this.cluster = new Cluster(List.of("node-a", "node-b"), "--stackshift.migrations.runners=1");
		// every destination call takes 40 ms, so that the runs overlap
		this.cluster.destination().faults().inject(FaultRule.latency(null, null, 40, 0, 0));
	}

	@AfterAll
	void stop() {
		this.cluster.close();
	}

	@Test
	void threeMigrationsRunOnBothNodesWithEachStepOnce() {
		long projects = this.cluster.destination().stats().count("POST", "/v3/projects");
		List<String> migrations = List.of(this.cluster.migrate("node-a"), this.cluster.migrate("node-b"),
				this.cluster.migrate("node-a"));
		Set<String> runners = ConcurrentHashMap.newKeySet();
		Map<String, Response> ended = this.cluster.awaitEnd("node-b", migrations, runners);

		assertThat(runners).as("nodes seen running a migration").containsExactlyInAnyOrder("node-a", "node-b");
		for (String migration : migrations) {
			Response done = ended.get(migration);
			assertThat(done.field("state")).as(done.toString()).isEqualTo("OK");
			assertEachStepDoneOnce(migration, done);
			Response report = this.cluster.api("node-a").get(Cluster.path(migration, "report/"));
			assertThat(report.json().get("matches").asBoolean()).as(report.toString()).isTrue();
			assertThat(this.cluster.api("node-a")
				.get("/api/marketplace-orders/?resource_uuid=" + done.field("dst_resource_uuid"))
				.json()
				.size()).isEqualTo(1);
		}
		// each project was made once: one per migration in the destination cloud
		assertThat(this.cluster.destination().stats().count("POST", "/v3/projects")).isEqualTo(projects + 3);
	}

	@Test
	void aCancelSentToTheOtherNodeStopsTheRun() {
		// router creates take 2 seconds, so that the run is still going when cancelled
		this.cluster.destination().faults().inject(FaultRule.latency("POST", "/v2.0/routers", 2000, 0, 0));
		String migration = this.cluster.migrate("node-a");
		String runner = this.cluster.awaitRunner(migration);
		String other = "node-a".equals(runner) ? "node-b" : "node-a";
		Response cancel = this.cluster.api(other).post(Cluster.path(migration, "cancel/"), Map.of());
		assertThat(cancel.status()).as(cancel.toString()).isEqualTo(202);

		Response cancelled = this.cluster.awaitEnd(other, migration);
		this.cluster.destination().faults().clear();
		this.cluster.destination().faults().inject(FaultRule.latency(null, null, 40, 0, 0));
		assertThat(cancelled.field("state")).isEqualTo("ERRED");
		assertThat(cancelled.field("error_message")).isEqualTo("Cancelled.");
		assertThat(cancelled.json().get("progress").get("pending").asInt()).isPositive();
		assertThat(this.cluster.api(other).post(Cluster.path(migration, "run/"), Map.of()).status()).isEqualTo(202);
		Response done = this.cluster.awaitEnd(other, migration);
		assertThat(done.field("state")).as(done.toString()).isEqualTo("OK");
	}

	private void assertEachStepDoneOnce(String migration, Response done) {
		JsonNode steps = this.cluster.api("node-b").get(Cluster.path(migration, "steps/?page_size=300")).json();
		assertThat(steps.size()).isEqualTo(done.json().get("progress").get("total").asInt());
		assertThat(steps.valueStream()).allSatisfy((step) -> {
			assertThat(step.get("status").asString()).as(step.toString()).isEqualTo("DONE");
			assertThat(step.get("attempts").asInt()).as(step.toString()).isEqualTo(1);
		});
	}

}
