package io.stackshift.replication.web;

import java.time.Instant;
import java.util.List;

import io.stackshift.ApiClient;
import io.stackshift.ApiClient.Response;
import io.stackshift.emulator.faults.FaultRule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node stopped in the middle of a run (a rolling restart) leaves its migration to the
 * other node: it stops starting steps, lets the call in flight finish and records it, and
 * gives the run back; the other node resumes from the checkpoints and ends OK, every
 * object made once, no step in doubt, with one order. (A node that dies instead leaves
 * its calls in doubt: the executor tests show how a resumed walk handles those.)
 */
class NodeStopTests {

	@Test
	void theRunOfAStoppedNodeIsFinishedByTheOther() throws InterruptedException {
		try (Cluster cluster = new Cluster(List.of("node-a", "node-b"), "--stackshift.migrations.heartbeat=1s")) {
			// attaching a router takes 3 seconds, within the 5 a stopping node waits
			cluster.destination()
				.faults()
				.inject(FaultRule.latency("PUT", "/v2.0/routers/*/add_router_interface", 3000, 0, 0));
			long projects = cluster.destination().stats().count("POST", "/v3/projects");
			String migration = cluster.migrate("node-a");
			String runner = cluster.awaitRunner(migration);
			String other = "node-a".equals(runner) ? "node-b" : "node-a";
			ApiClient api = cluster.api(other);
			awaitAnInterfaceInFlight(api, migration);

			cluster.stop(runner);
			cluster.destination().faults().clear();
			Response done = cluster.awaitEnd(other, migration);

			assertThat(done.field("state")).as(done.toString()).isEqualTo("OK");
			Response report = api.get(Cluster.path(migration, "report/"));
			assertThat(report.json().get("matches").asBoolean()).as(report.toString()).isTrue();
			assertThat(cluster.destination().stats().count("POST", "/v3/projects")).isEqualTo(projects + 1);
			assertThat(steps(api, migration)).allSatisfy((step) -> {
				assertThat(step.get("status").asString()).as(step.toString()).isEqualTo("DONE");
				assertThat(step.get("attempts").asInt()).as(step.toString()).isEqualTo(1);
			});
			// the destination holds one router with two interfaces, no copy of either
			assertThat(cluster.destination().stats().count("POST", "/v2.0/routers")).isEqualTo(1);
			assertThat(cluster.destination().stats().count("PUT", "/v2.0/routers/{id}/add_router_interface"))
				.isEqualTo(2);
			String orders = "/api/marketplace-orders/?resource_uuid=" + done.field("dst_resource_uuid");
			assertThat(api.get(orders + "&state=done").json().size()).isEqualTo(1);
			assertThat(api.get(orders + "&state=erred").json().size()).as("an order for a run the stop cut short")
				.isZero();
		}
	}

	private static List<JsonNode> steps(ApiClient api, String migration) {
		return api.get(Cluster.path(migration, "steps/?page_size=100")).json().valueStream().toList();
	}

	private static void awaitAnInterfaceInFlight(ApiClient api, String migration) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(deadline)) {
			if (steps(api, migration).stream()
				.anyMatch((step) -> "ROUTER_INTERFACE".equals(step.get("kind").asString())
						&& "RUNNING".equals(step.get("status").asString()))) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("migration " + migration + " attached no router");
	}

}
