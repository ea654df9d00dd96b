package io.stackshift.replication.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.stackshift.ApiClient;
import io.stackshift.ApiTest;
import io.stackshift.Scene;
import io.stackshift.emulator.EmulatedCloud;
import io.stackshift.emulator.seed.Seeded;
import io.stackshift.emulator.seed.Topology;
import io.stackshift.identity.Projects;
import io.stackshift.identity.Users;
import io.stackshift.marketplace.Offerings;
import io.stackshift.marketplace.Plans;
import io.stackshift.openstack.CloudCatalogue;
import io.stackshift.openstack.CloudClients;
import io.stackshift.openstack.Clouds;
import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.TenantImport;
import io.stackshift.openstack.inventory.TenantNetworks;
import io.stackshift.system.web.Uuids;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the migration API tests: two emulated clouds (a source and a destination, each
 * started once for the run), registered as service settings with their catalogues read,
 * an offering and a plan on each, and a source tenant seeded in the source cloud and
 * imported into the scene's project, as an operator would do before migrating it.
 */
abstract class MigrationApiTest extends ApiTest {

	private static EmulatedCloud sourceCloud;

	private static EmulatedCloud destinationCloud;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clouds clouds;

	@Autowired
	CloudCatalogue catalogue;

	@Autowired
	CloudClients clients;

	@Autowired
	TenantImport imports;

	@Autowired
	Offerings offerings;

	@Autowired
	Plans plans;

	@Autowired
	Projects projects;

	@Autowired
	Users users;

	@Autowired
	TenantNetworks networks;

	static synchronized EmulatedCloud sourceCloud() {
		if (sourceCloud == null) {
			sourceCloud = started();
		}
		return sourceCloud;
	}

	static synchronized EmulatedCloud destinationCloud() {
		if (destinationCloud == null) {
			destinationCloud = started();
		}
		return destinationCloud;
	}

	private static EmulatedCloud started() {
		EmulatedCloud cloud = EmulatedCloud.start();
		Runtime.getRuntime().addShutdownHook(new Thread(cloud::close));
		return cloud;
	}

	/** Seeds YAML (a topology) into a cloud. */
	static Seeded seed(EmulatedCloud cloud, String yaml) {
		return cloud.seed(Topology.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
	}

	/**
	 * Registers the cloud (shared) and reads its catalogue; answers the settings UUID.
	 */
	String register(EmulatedCloud cloud) {
		Map<String, Object> body = new HashMap<>(
				Map.of("name", unique("cloud"), "type", "OpenStack", "backend_url", cloud.authUrl(), "username",
						EmulatedCloud.ADMIN_USER, "password", EmulatedCloud.ADMIN_PASSWORD, "tenant_name",
						EmulatedCloud.ADMIN_PROJECT, "domain", "Default", "project_domain", "Default", "shared", true));
		String uuid = created(this.staff.post("/api/service-settings/", body));
		this.transactions.executeWithoutResult((status) -> {
			var registered = this.clouds.findByUuid(Uuids.path(uuid)).orElseThrow();
			this.catalogue.pull(registered, this.clients.forCloud(registered));
		});
		return uuid;
	}

	/** A shared offering of the scene's organisation on the cloud, with one plan. */
	Offer offer(Scene scene, String cloud, Map<String, Object> pluginOptions) {
		String offering = created(
				this.staff.post("/api/marketplace-provider-offerings/", Map.of("name", unique("offering"), "customer",
						scene.customer(), "scope", cloud, "shared", true, "plugin_options", pluginOptions)));
		String plan = created(
				this.staff.post("/api/marketplace-plans/", Map.of("offering", offering, "name", "basic")));
		return new Offer(cloud, offering, plan);
	}

	/**
	 * Seeds a project in the source cloud and imports it as a tenant of the scene's
	 * project through the source offering.
	 */
	Source importSource(Scene scene, Offer offer, String projectName, String yaml) {
		String projectId = seed(sourceCloud(), yaml).id("project:" + projectName);
		return this.transactions.execute((status) -> {
			Tenant tenant = this.imports.importTenant(
					this.offerings.findByUuid(Uuids.path(offer.offering())).orElseThrow(), projectId,
					this.projects.findByUuid(Uuids.path(scene.project())).orElseThrow(),
					this.plans.findByUuid(Uuids.path(offer.plan())).orElseThrow(),
					this.users.findByUsername("root-admin").orElseThrow());
			Map<String, String> networks = this.networks.findByTenant(tenant)
				.stream()
				.collect(Collectors.toMap((network) -> network.getName(), (network) -> Uuids.hex(network.getUuid())));
			return new Source(Uuids.hex(tenant.getResource().getUuid()), Uuids.hex(tenant.getUuid()), networks);
		});
	}

	/** Polls the details until the migration is OK or ERRED, or 90 seconds passed. */
	ApiClient.Response awaitEnd(String uuid) {
		return awaitEnd(this.staff, uuid, Duration.ofSeconds(90), Duration.ofMillis(200));
	}

	/**
	 * Polls a migration's details every {@code poll} until it is OK or ERRED or the
	 * deadline passed; answers the last details.
	 */
	static ApiClient.Response awaitEnd(ApiClient api, String uuid, Duration deadline, Duration poll) {
		Instant end = Instant.now().plus(deadline);
		while (true) {
			ApiClient.Response details = api.get("/api/openstack-migrations/" + uuid + "/");
			if (Set.of("OK", "ERRED").contains(details.field("state")) || Instant.now().isAfter(end)) {
				return details;
			}
			try {
				Thread.sleep(poll.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/**
	 * The body of a create or preview request; named uniquely unless {@code extra} names
	 * it, since tests migrate one source several times into one cloud, where a second
	 * project of the source's name would be refused.
	 */
	static Map<String, Object> request(Source source, Offer destination, Map<String, Object> extra) {
		Map<String, Object> body = new HashMap<>(Map.of("src_resource", source.resource(), "dst_offering",
				destination.offering(), "dst_plan", destination.plan(), "name", unique("copy")));
		body.putAll(extra);
		return body;
	}

	/** The steps of a plan body of one kind. */
	static List<JsonNode> steps(JsonNode plan, String kind) {
		return plan.get("steps").valueStream().filter((step) -> kind.equals(step.get("kind").asString())).toList();
	}

	/** The settings, offering and plan of a cloud. */
	record Offer(String cloud, String offering, String plan) {
	}

	/** An imported source tenant: its resource, tenant and network UUIDs by name. */
	record Source(String resource, String tenant, Map<String, String> networks) {
	}

	static String hex(UUID uuid) {
		return Uuids.hex(uuid);
	}

	static void assertCreated(ApiClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

}
