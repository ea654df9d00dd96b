package io.stackshift.emulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent clients on one cloud: every port gets its own address and MAC, every rule is
 * counted once, as in a real cloud.
 */
class ConcurrencyTest {

	@Test
	void concurrentPortCreatesGetDistinctAddresses() throws Exception {
		try (EmulatedCloud cloud = EmulatedCloud.start()) {
			Client client = new Client(cloud).login();
			String network = client.post("/v2.0/networks", "{\"network\":{\"name\":\"busy\"}}")
				.body()
				.path("network")
				.path("id")
				.asString();
			client.post("/v2.0/subnets",
					"{\"subnet\":{\"network_id\":\"" + network + "\",\"ip_version\":4,\"cidr\":\"10.0.0.0/24\"}}");
			ExecutorService pool = Executors.newFixedThreadPool(16);
			List<Future<Client.Answer>> answers = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				answers.add(pool
					.submit(() -> client.post("/v2.0/ports", "{\"port\":{\"network_id\":\"" + network + "\"}}")));
			}
			Set<String> addresses = new HashSet<>();
			Set<String> macs = new HashSet<>();
			for (Future<Client.Answer> answer : answers) {
				Client.Answer created = answer.get();
				assertThat(created.status()).isEqualTo(201);
				addresses.add(created.body().path("port").path("fixed_ips").path(0).path("ip_address").asString());
				macs.add(created.body().path("port").path("mac_address").asString());
			}
			pool.shutdown();
			assertThat(addresses).hasSize(200);
			assertThat(macs).hasSize(200);
			assertThat(cloud.stats().count("POST", "/v2.0/ports")).isEqualTo(200);
		}
	}

	@Test
	void concurrentFirstListingsCreateOneDefaultGroup() throws Exception {
		try (EmulatedCloud cloud = EmulatedCloud.start()) {
			Client client = new Client(cloud).login();
			String project = client.post("/v3/projects", "{\"project\":{\"name\":\"fresh\"}}")
				.body()
				.path("project")
				.path("id")
				.asString();
			ExecutorService pool = Executors.newFixedThreadPool(16);
			List<Future<Client.Answer>> answers = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				answers.add(pool.submit(() -> client.get("/v2.0/security-groups?project_id=" + project)));
			}
			for (Future<Client.Answer> answer : answers) {
				assertThat(answer.get().body().path("security_groups")).hasSize(1);
			}
			pool.shutdown();
		}
	}

}
