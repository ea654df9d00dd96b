package io.stackshift.replication.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.stackshift.ApiClient;
import io.stackshift.ApiClient.Response;
import io.stackshift.StackshiftApplication;
import io.stackshift.emulator.EmulatedCloud;
import io.stackshift.system.SecretBox;
import io.stackshift.system.db.EmbeddedPostgresServer;
import io.stackshift.system.web.Uuids;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service instances sharing one database, as a cluster runs them: each a whole
 * application with its own web server and migration scheduler, named in
 * {@code scheduled_tasks.picked_by}. Two emulated clouds, a source and a destination, are
 * registered and offered through the first node.
 */
final class Cluster implements AutoCloseable {

	private final Map<String, ConfigurableApplicationContext> nodes = new LinkedHashMap<>();

	private final Map<String, ApiClient> staff = new HashMap<>();

	private final EmulatedCloud source = EmulatedCloud.start();

	private final EmulatedCloud destination = EmulatedCloud.start();

	private final JdbcTemplate jdbc;

	private final String project;

	private final String[] sourceOffer;

	private final String[] destinationOffer;

	/**
	 * Starts the nodes one after the other (the first migrates the schema).
	 * @param settings further command-line settings of every node
	 */
	Cluster(List<String> names, String... settings) {
		String database = EmbeddedPostgresServer.ephemeral().database("cluster_" + random());
		String key = SecretBox.generateKey();
		for (String node : names) {
			List<String> args = new java.util.ArrayList<>(
					List.of("--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
							"--stackshift.secret-key=" + key, "--server.port=0", "--stackshift.demo.enabled=false",
							"--stackshift.inventory.refresh-interval=0", "--stackshift.admin.username=root-admin",
							"--stackshift.admin.password=root-admin-password", "--stackshift.migrations.node=" + node));
			args.addAll(List.of(settings));
			// as command-line arguments, which outrank application.yml
			ConfigurableApplicationContext context = new SpringApplicationBuilder(StackshiftApplication.class)
				.run(args.toArray(String[]::new));
			this.nodes.put(node, context);
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			Response login = new ApiClient(base, null).post("/api-auth/password/",
					Map.of("username", "root-admin", "password", "root-admin-password"));
			this.staff.put(node, new ApiClient(base, login.field("token")));
		}
		// a connection of its own, which outlives any node
		this.jdbc = new JdbcTemplate(new DriverManagerDataSource(database, "postgres", ""));
		MigrationApiTest.seed(this.source, SourceTenant.volumeType("gold"));
		ApiClient first = api(names.get(0));
		String customer = created(first.post("/api/customers/", Map.of("name", "cluster-" + random())));
		this.project = created(first.post("/api/projects/", Map.of("customer", customer, "name", "migrations")));
		this.sourceOffer = offer(first, customer, this.source);
		this.destinationOffer = offer(first, customer, this.destination);
	}

	/** The node's API, as the staff user. */
	ApiClient api(String node) {
		return this.staff.get(node);
	}

	EmulatedCloud destination() {
		return this.destination;
	}

	/** Seeds a source tenant, imports it and creates its migration on the given node. */
	String migrate(String node) {
		ApiClient api = api(node);
		String name = "vpc-" + random();
		String projectId = MigrationApiTest.seed(this.source, SourceTenant.yaml(name, "gold")).id("project:" + name);
		Response imported = api.post("/api/marketplace-provider-offerings/" + this.sourceOffer[0] + "/import_resource/",
				Map.of("backend_id", projectId, "project", this.project, "plan", this.sourceOffer[1]));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		Response created = api.post("/api/openstack-migrations/", Map.of("src_resource", imported.field("uuid"),
				"dst_offering", this.destinationOffer[0], "dst_plan", this.destinationOffer[1], "name", name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.field("uuid");
	}

	/** The node whose scheduler holds the migration's run, if one does. */
	String pickedBy(String migration) {
		return this.jdbc
			.queryForList("select picked_by from scheduled_tasks where task_instance = ? and picked", String.class,
					Uuids.path(migration).toString())
			.stream()
			.findFirst()
			.orElse(null);
	}

	/**
	 * Waits (five seconds at most) until a node's scheduler holds the migration's run.
	 */
	String awaitRunner(String migration) {
		Instant deadline = Instant.now().plusSeconds(5);
		String runner = pickedBy(migration);
		while (runner == null && Instant.now().isBefore(deadline)) {
			sleep(25);
			runner = pickedBy(migration);
		}
		assertThat(runner).as("the node running migration " + migration).isNotNull();
		return runner;
	}

	/**
	 * Polls one migration through a node until it is OK or ERRED (two minutes at most).
	 */
	Response awaitEnd(String node, String migration) {
		return awaitEnd(node, List.of(migration), new java.util.HashSet<>()).get(migration);
	}

	/**
	 * Polls through a node until every migration is OK or ERRED (two minutes at most),
	 * noting which nodes hold their runs meanwhile.
	 */
	Map<String, Response> awaitEnd(String node, List<String> migrations, Set<String> runners) {
		Map<String, Response> ended = new HashMap<>();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (ended.size() < migrations.size() && Instant.now().isBefore(deadline)) {
			for (String migration : migrations) {
				String runner = pickedBy(migration);
				if (runner != null) {
					runners.add(runner);
				}
				Response details = api(node).get(path(migration, ""));
				if (Set.of("OK", "ERRED").contains(details.field("state"))) {
					ended.putIfAbsent(migration, details);
				}
			}
			sleep(50);
		}
		assertThat(ended).as("migrations ended within two minutes").hasSize(migrations.size());
		return ended;
	}

	static String path(String migration, String action) {
		return "/api/openstack-migrations/" + migration + "/" + action;
	}

	/** Stops a node as a shutdown does: its web server, scheduler and pools. */
	void stop(String node) {
		this.nodes.remove(node).close();
	}

	@Override
	public void close() {
		this.nodes.values().forEach(ConfigurableApplicationContext::close);
		this.source.close();
		this.destination.close();
	}

	private static String[] offer(ApiClient api, String customer, EmulatedCloud cloud) {
		Map<String, Object> settings = new HashMap<>(
				Map.of("name", "cloud-" + random(), "type", "OpenStack", "backend_url", cloud.authUrl(), "username",
						EmulatedCloud.ADMIN_USER, "password", EmulatedCloud.ADMIN_PASSWORD, "tenant_name",
						EmulatedCloud.ADMIN_PROJECT, "domain", "Default", "project_domain", "Default", "shared", true));
		String settingsUuid = created(api.post("/api/service-settings/", settings));
		String offering = created(api.post("/api/marketplace-provider-offerings/",
				Map.of("name", "offering-" + random(), "customer", customer, "scope", settingsUuid, "shared", true)));
		String plan = created(api.post("/api/marketplace-plans/", Map.of("offering", offering, "name", "basic")));
		return new String[] { offering, plan };
	}

	private static String created(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.field("uuid");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String random() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
