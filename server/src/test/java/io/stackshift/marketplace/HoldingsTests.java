package io.stackshift.marketplace;

import java.util.Map;
import java.util.UUID;

import io.stackshift.ApiClient;
import io.stackshift.ApiClient.Response;
import io.stackshift.ApiTest;
import io.stackshift.Scene;
import io.stackshift.identity.Projects;
import io.stackshift.identity.Users;
import io.stackshift.system.web.Uuids;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resources and orders: what a consumer holds and the record of how it was asked for.
 * Imports and migrations create them; here they are put in place through the
 * repositories, and everything asserted is what the API answers.
 */
class HoldingsTests extends ApiTest {

	private static Scene scene;

	private static String offering;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private Projects projects;

	@Autowired
	private Offerings offerings;

	@Autowired
	private Resources resources;

	@Autowired
	private Orders orders;

	@Autowired
	private Users users;

	@BeforeEach
	void setScene() {
		if (scene == null) {
			scene = scene();
			String settings = registerCloud();
			offering = created(scene.as("owner")
				.post("/api/marketplace-provider-offerings/",
						Map.of("name", unique("offering"), "customer", scene.customer(), "scope", settings)));
		}
	}

	private String resource(String name) {
		return this.transactions.execute((status) -> {
			Resource resource = new Resource(name, this.projects.findByUuid(uuid(scene.project())).orElseThrow(),
					this.offerings.findByUuid(uuid(offering)).orElseThrow(), null);
			resource.setScope(Offering.OPENSTACK_TENANT, UUID.randomUUID());
			resource.markOk();
			return Uuids.hex(this.resources.save(resource).getUuid());
		});
	}

	/** A CREATE order awaiting the consumer's review, placed by the project member. */
	private String pendingOrder() {
		String creator = uuidOf(scene.as("member"));
		return this.transactions.execute((status) -> {
			Order order = new Order(Order.Type.CREATE, this.projects.findByUuid(uuid(scene.project())).orElseThrow(),
					this.offerings.findByUuid(uuid(offering)).orElseThrow(),
					this.users.findByUuid(uuid(creator)).orElseThrow());
			return Uuids.hex(this.orders.save(order).getUuid());
		});
	}

	private static UUID uuid(String hex) {
		return Uuids.parse(hex).orElseThrow();
	}

	@Test
	void aResourceIsSeenByEveryoneWithARoleInItsProject() {
		String resource = resource(unique("tenant"));
		assertMatrix(scene, (client) -> client.get("/api/marketplace-resources/" + resource + "/"),
				Map.ofEntries(entry("staff", 200), entry("support", 200), entry("owner", 200), entry("admin", 200),
						entry("manager", 200), entry("member", 200), entry("unrelated", 404), entry("anonymous", 401)));
		Response seen = scene.as("member").get("/api/marketplace-resources/" + resource + "/");
		assertThat(seen.field("state")).isEqualTo("OK");
		assertThat(seen.field("project_uuid")).isEqualTo(scene.project());
		assertThat(seen.field("offering_uuid")).isEqualTo(offering);
		assertThat(seen.field("resource_type")).isEqualTo("OpenStack.Tenant");
		assertThat(seen.field("scope")).contains("/api/openstack-tenants/");
	}

	@Test
	void resourcesAreRenamedByWhoMayUpdateThem() {
		String resource = resource(unique("tenant"));
		assertMatrix(scene,
				(client) -> client.patch("/api/marketplace-resources/" + resource + "/", Map.of("name", unique("n"))),
				Map.ofEntries(entry("staff", 200), entry("support", 403), entry("owner", 200), entry("admin", 200),
						entry("manager", 200), entry("member", 403), entry("unrelated", 404), entry("anonymous", 401)));
		assertThat(
				error(this.staff.patch("/api/marketplace-resources/" + resource + "/", Map.of("name", "  ")), "name"))
			.isEqualTo("This field may not be blank.");
		assertThat(error(this.staff.patch("/api/marketplace-resources/" + resource + "/",
				Map.of("description", "d".repeat(2001))), "description"))
			.contains("2000");
	}

	@Test
	void resourceListsFilterAndRejectMalformedFilters() {
		String name = unique("filtered");
		String resource = resource(name);
		Response byName = scene.as("admin").get("/api/marketplace-resources/?name=" + name);
		assertThat(byName.json().findValuesAsString("uuid")).containsExactly(resource);
		Response byProject = scene.as("admin")
			.get("/api/marketplace-resources/?project_uuid=" + scene.project() + "&state=OK");
		assertThat(byProject.json().findValuesAsString("uuid")).contains(resource);
		assertThat(scene.as("unrelated").get("/api/marketplace-resources/").json().size()).isZero();
		assertThat(error(this.staff.get("/api/marketplace-resources/?project_uuid=zzz"), "project_uuid"))
			.isEqualTo("Enter a valid UUID.");
		assertThat(error(this.staff.get("/api/marketplace-resources/?state=Melting"), "state"))
			.contains("not one of the available choices");
	}

	@Test
	void consumersWithOrderApproveApproveOrders() {
		assertMatrix(scene,
				(client) -> client.post("/api/marketplace-orders/" + pendingOrder() + "/approve_by_consumer/",
						Map.of()),
				Map.ofEntries(entry("staff", 200), entry("support", 403), entry("owner", 200), entry("admin", 403),
						entry("manager", 200), entry("member", 403), entry("unrelated", 404), entry("anonymous", 401)));
	}

	@Test
	void anApprovedOrderGoesToTheProviderWhoseOwnersApproveIt() {
		String order = pendingOrder();
		Response consumer = scene.as("manager")
			.post("/api/marketplace-orders/" + order + "/approve_by_consumer/", Map.of());
		assertThat(consumer.field("state")).isEqualTo("pending-provider");
		assertThat(consumer.field("consumer_reviewed_by")).isNotBlank();
		assertThat(scene.as("manager")
			.post("/api/marketplace-orders/" + order + "/approve_by_provider/", Map.of())
			.status()).isEqualTo(403);
		Response provider = scene.as("owner")
			.post("/api/marketplace-orders/" + order + "/approve_by_provider/", Map.of());
		assertThat(provider.field("state")).isEqualTo("executing");
		Response twice = scene.as("owner").post("/api/marketplace-orders/" + order + "/approve_by_provider/", Map.of());
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.field("detail")).contains("executing");
	}

	@Test
	void aRejectedOrderCannotBeApproved() {
		String order = pendingOrder();
		assertThat(scene.as("owner")
			.post("/api/marketplace-orders/" + order + "/reject_by_consumer/", Map.of())
			.field("state")).isEqualTo("rejected");
		assertThat(
				scene.as("owner").post("/api/marketplace-orders/" + order + "/approve_by_consumer/", Map.of()).status())
			.isEqualTo(409);
	}

	@Test
	void theCreatorCancelsAPendingOrderOthersWithoutApprovalMayNot() {
		String order = pendingOrder();
		ApiClient admin = scene.as("admin");
		assertThat(admin.post("/api/marketplace-orders/" + order + "/cancel/", Map.of()).status()).isEqualTo(403);
		Response canceled = scene.as("member").post("/api/marketplace-orders/" + order + "/cancel/", Map.of());
		assertThat(canceled.status()).isEqualTo(200);
		assertThat(canceled.field("state")).isEqualTo("canceled");
		assertThat(scene.as("member").post("/api/marketplace-orders/" + order + "/cancel/", Map.of()).status())
			.isEqualTo(409);
	}

	@Test
	void orderListsFilterByStateAndType() {
		String order = pendingOrder();
		Response pending = scene.as("member")
			.get("/api/marketplace-orders/?state=pending-consumer&type=Create&project_uuid=" + scene.project());
		assertThat(pending.json().findValuesAsString("uuid")).contains(order);
		assertThat(pending.json().get(0).get("created_by_username").asString()).isNotBlank();
		assertThat(scene.as("member").get("/api/marketplace-orders/?state=done").json().findValuesAsString("uuid"))
			.doesNotContain(order);
		assertThat(scene.as("unrelated").get("/api/marketplace-orders/").json().size()).isZero();
		assertThat(error(this.staff.get("/api/marketplace-orders/?type=Borrow"), "type")).isNotBlank();
		assertThat(scene.as("unrelated").get("/api/marketplace-orders/" + order + "/").status()).isEqualTo(404);
	}

	@Test
	void ordersAndResourcesAreNotWrittenThroughTheCollection() {
		assertThat(this.staff.post("/api/marketplace-resources/", Map.of("name", "x")).status()).isEqualTo(405);
		assertThat(this.staff.delete("/api/marketplace-orders/" + pendingOrder() + "/").status()).isEqualTo(405);
	}

	@Test
	void aProjectHoldingResourcesIsNotDeleted() {
		resource(unique("tenant"));
		Response refused = scene.as("owner").delete("/api/projects/" + scene.project() + "/");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.field("detail")).startsWith("Cannot delete a project that still has ")
			.endsWith("resource(s).");
		assertThat(this.staff.get("/api/projects/" + scene.project() + "/").status()).isEqualTo(200);
	}

}
