package io.stackshift.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the emulator's throughput without injected latency and prints requests per
 * second:
 * {@code java -cp stackshift-emulator.jar io.stackshift.emulator.Benchmark [seconds] [threads]}.
 * Two workloads: a simple read (show the external network) and a write pair (create and
 * delete a network). Not a test: the numbers depend on the machine.
 */
public final class Benchmark {

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		int threads = (args.length > 1) ? Integer.parseInt(args[1]) : 8;
		try (EmulatedCloud cloud = EmulatedCloud.start()) {
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			String token = login(client, cloud);
			String base = cloud.baseUrl() + "/v2.0";
			String network = client
				.send(get(base + "/networks?name=public&fields=id", token), HttpResponse.BodyHandlers.ofString())
				.body()
				.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
			run("warm-up", seconds, threads, () -> status(client, get(base + "/networks/" + network, token)));
			run("GET /v2.0/networks/{id}", seconds, threads,
					() -> status(client, get(base + "/networks/" + network, token)));
			run("POST+DELETE /v2.0/networks", seconds, threads, () -> {
				HttpRequest create = HttpRequest.newBuilder(URI.create(base + "/networks"))
					.header("X-Auth-Token", token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"network\":{\"name\":\"bench\"}}"))
					.build();
				String body = client.send(create, HttpResponse.BodyHandlers.ofString()).body();
				String id = body.replaceAll("^\\{\"network\":\\{\"id\":\"([^\"]+)\".*", "$1");
				HttpRequest delete = HttpRequest.newBuilder(URI.create(base + "/networks/" + id))
					.header("X-Auth-Token", token)
					.DELETE()
					.build();
				status(client, delete);
				return 2;
			});
			System.out.println("server-side count: " + cloud.stats().total() + " requests");
		}
	}

	@FunctionalInterface
	private interface Work {

		int call() throws Exception;

	}

	private static void run(String name, int seconds, int threads, Work work) throws InterruptedException {
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Thread worker = new Thread(() -> {
				try {
					while (System.nanoTime() < end) {
						done.addAndGet(work.call());
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			worker.start();
			workers.add(worker);
		}
		for (Thread worker : workers) {
			worker.join();
		}
		System.out.printf("%-30s %8.0f requests/s (%d threads, %d s)%n", name, done.get() / (double) seconds, threads,
				seconds);
	}

	private static HttpRequest get(String url, String token) {
		return HttpRequest.newBuilder(URI.create(url)).header("X-Auth-Token", token).GET().build();
	}

	private static int status(HttpClient client, HttpRequest request) throws Exception {
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
		}
		return 1;
	}

	private static String login(HttpClient client, EmulatedCloud cloud) throws Exception {
		String body = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"admin\","
				+ "\"domain\":{\"id\":\"default\"},\"password\":\"" + EmulatedCloud.ADMIN_PASSWORD + "\"}}},"
				+ "\"scope\":{\"project\":{\"name\":\"admin\",\"domain\":{\"id\":\"default\"}}}}}";
		HttpRequest request = HttpRequest.newBuilder(URI.create(cloud.authUrl() + "/auth/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString())
			.headers()
			.firstValue("X-Subject-Token")
			.orElseThrow();
	}

}
