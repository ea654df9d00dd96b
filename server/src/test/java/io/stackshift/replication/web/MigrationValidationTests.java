package io.stackshift.replication.web;

import java.util.List;
import java.util.Map;

import io.stackshift.ApiClient.Response;
import io.stackshift.Scene;
import io.stackshift.emulator.faults.Fault;
import io.stackshift.emulator.faults.FaultRule;
import io.stackshift.marketplace.Offering;
import io.stackshift.marketplace.Plan;
import io.stackshift.marketplace.Resource;
import io.stackshift.marketplace.Resources;
import io.stackshift.identity.Customers;
import io.stackshift.openstack.TenantService;
import io.stackshift.openstack.client.Project;
import io.stackshift.system.web.Uuids;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every check of a create request (reference section 3 and the defects of section 9),
 * with the exact error bodies; a refused request leaves nothing behind.
 */
class MigrationValidationTests extends MigrationApiTest {

	private static Fixture fixture;

	@Autowired
	Resources resources;

	@Autowired
	Customers customers;

	@Autowired
	TenantService tenants;

	@Autowired
	JdbcTemplate jdbc;

	record Fixture(Scene scene, Offer source, Offer destination, Source tenant, Source other, String type1,
			String type2) {
	}

	@BeforeEach
	void fixture() {
		if (fixture == null) {
			Scene scene = scene();
			String type1 = unique("gold");
			String type2 = unique("silver");
			seed(sourceCloud(), SourceTenant.volumeType(type1));
			seed(destinationCloud(), SourceTenant.volumeType(type2));
			Offer source = offer(scene, register(sourceCloud()), Map.of());
			Offer destination = offer(scene, register(destinationCloud()), Map.of());
			String project = unique("vpc");
			String other = unique("other");
			fixture = new Fixture(scene, source, destination,
					importSource(scene, source, project, SourceTenant.yaml(project, type1)),
					importSource(scene, source, other, SourceTenant.yaml(other, type1)), type1, type2);
		}
	}

	private Response create(Map<String, Object> extra) {
		return this.staff.post("/api/openstack-migrations/", request(fixture.tenant(), fixture.destination(), extra));
	}

	private static Map<String, Object> mappings(Object... keysAndValues) {
		Map<String, Object> mappings = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			mappings.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return Map.of("mappings", mappings);
	}

	private static Map<String, String> subnet(String src, String dst) {
		return Map.of("src_cidr", src, "dst_cidr", dst);
	}

	private static void assertBody(Response response, String json) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().toString()).isEqualTo(json.replace('\'', '"').replace('§', '\''));
	}

	@Test
	void requiredFields() {
		assertBody(this.staff.post("/api/openstack-migrations/", Map.of()),
				"{'src_resource':['This field is required.'],'dst_offering':['This field is required.'],'dst_plan':['This field is required.']}");
	}

	@Test
	void unknownAndMalformedReferences() {
		Response response = this.staff.post("/api/openstack-migrations/", Map.of("src_resource", "nope", "dst_offering",
				"f".repeat(32), "dst_plan", fixture.destination().plan()));
		assertBody(response,
				"{'src_resource':['Object with uuid=nope does not exist.'],'dst_offering':['Object with uuid="
						+ "f".repeat(32) + " does not exist.']}");
	}

	@Test
	void malformedMappingsAre400sNamingTheField() {
		assertBody(create(Map.of("mappings", List.of())), "{'mappings':['Invalid data. Expected a dictionary.']}");
		assertBody(create(mappings("skip_connection_extnet", "maybe")),
				"{'mappings':{'skip_connection_extnet':['Must be a valid boolean.']}}");
		assertBody(create(mappings("networks", List.of("not-a-uuid"))),
				"{'mappings':{'networks':[['Must be a valid UUID.']]}}");
		List<Object> nothing = new java.util.ArrayList<>();
		nothing.add(null);
		assertBody(create(mappings("subnets", nothing, "volume_types", nothing)),
				"{'mappings':{'subnets':[{'src_cidr':['This field is required.'],'dst_cidr':['This field is required.']}],"
						+ "'volume_types':[{'src_type_uuid':['This field is required.'],'dst_type_uuid':['This field is required.']}]}}");
	}

	@Test
	void blankName() {
		assertBody(create(Map.of("name", "   ")),
				"{'name':['Ensure that name has at least one non-whitespace character.']}");
	}

	@Test
	void aNameTheDestinationAlreadyHasIsRefused() {
		String taken = unique("taken");
		admin(destinationCloud()).identity().createProject(Project.named(taken, "default"));
		long before = rows();
		assertBody(create(Map.of("name", taken)), "{'name':['The destination cloud already has a project named §"
				+ taken + "§; give the migration another name.']}");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void descriptionIsAcceptedAndCarried() {
		Response created = create(Map.of("description", "copied with care"));
		assertCreated(created);
		assertThat(this.staff.get("/api/marketplace-resources/" + created.field("dst_resource_uuid") + "/")
			.field("description")).isEqualTo("copied with care");
	}

	@Test
	void malformedVolumeTypeUuid() {
		assertBody(
				create(mappings("volume_types",
						List.of(Map.of("src_type_uuid", "x", "dst_type_uuid", "a".repeat(32))))),
				"{'mappings':{'volume_types':[{'src_type_uuid':['Must be a valid UUID.']}]}}");
	}

	@Test
	void unknownVolumeTypesAre400NotServerErrors() {
		String unknown = "a".repeat(32);
		assertBody(
				create(mappings("volume_types", List.of(Map.of("src_type_uuid", unknown, "dst_type_uuid", unknown)))),
				"{'mappings':{'volume_types':[{'src_type_uuid':['Object with uuid=" + unknown
						+ " does not exist.'],'dst_type_uuid':['Object with uuid=" + unknown
						+ " does not exist.']}]}}");
	}

	@Test
	void volumeTypesOfTheWrongClouds() {
		String src = volumeType(fixture.source().cloud(), fixture.type1());
		String dst = volumeType(fixture.destination().cloud(), fixture.type2());
		assertBody(create(mappings("volume_types", List.of(Map.of("src_type_uuid", dst, "dst_type_uuid", src)))),
				"{'mappings':{'volume_types':[{'src_type_uuid':['Invalid src_type_uuid " + dst
						+ " as it is not available in tenant.'],'dst_type_uuid':['Invalid dst_type_uuid " + src
						+ " as it is not available in service settings.']}]}}");
	}

	@Test
	void unknownNetwork() {
		String unknown = "b".repeat(32);
		assertBody(create(mappings("networks", List.of(unknown))),
				"{'mappings':{'networks':['Object with uuid=" + unknown + " does not exist.']}}");
	}

	@Test
	void networkOfAnotherTenant() {
		String foreign = fixture.other().networks().get("network1");
		assertBody(create(mappings("networks", List.of(foreign))), "{'mappings':{'networks':['Network " + foreign
				+ " (network1) is not a network of the source tenant.']}}");
	}

	@Test
	void subnetMappingsAreCheckedAgainstTheSourceAndNothingIsLeftBehind() {
		long before = rows();
		Response response = create(mappings("subnets",
				List.of(subnet("172.16.5.0/24", "10.20.0.0/24"), subnet("192.168.1.0/24", "8.8.8.0/24"),
						subnet("10.0.0.0/24", "10.30.0.0/16"), subnet("abc", "10.40.0.0/24"))));
		assertBody(response,
				"{'mappings':{'subnets':[{'src_cidr':['172.16.5.0/24 is not the CIDR of a subnet being migrated.']},"
						+ "{'dst_cidr':['8.8.8.0/24 is not a private network CIDR (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or fc00::/7).']},"
						+ "{'dst_cidr':['10.30.0.0/16 must have the same IP version and prefix length as 10.0.0.0/24.']},"
						+ "{'src_cidr':['§abc§ is not a network CIDR such as 10.0.1.0/24 or fd00:1::/64.']}]}}");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void destinationCidrsOverlapNeitherEachOtherNorKeptSubnets() {
		Response response = create(mappings("subnets",
				List.of(subnet("192.168.1.0/24", "10.0.0.0/24"), subnet("10.0.0.0/24", "172.16.9.0/24"))));
		assertThat(response.status()).isEqualTo(201);
		Response overlapping = create(mappings("subnets", List.of(subnet("192.168.1.0/24", "10.0.0.0/24"))));
		assertThat(overlapping.json().get("mappings").get("subnets").get(0).get("dst_cidr").get(0).asString())
			.startsWith("10.0.0.0/24 overlaps subnet ")
			.endsWith("(10.0.0.0/24), which is migrated without a mapping and keeps its CIDR.");
		Response twice = create(mappings("subnets",
				List.of(subnet("192.168.1.0/24", "172.16.9.0/24"), subnet("10.0.0.0/24", "172.16.9.0/24"))));
		assertBody(twice,
				"{'mappings':{'subnets':[{},{'dst_cidr':['172.16.9.0/24 overlaps mappings.subnets[0].dst_cidr (172.16.9.0/24).']}]}}");
	}

	@Test
	void portSyncCombinesWithSubnetMappingsUnlikeTheOriginal() {
		Response created = create(
				mappings("sync_instance_ports", true, "subnets", List.of(subnet("192.168.1.0/24", "172.16.9.0/24"))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	@Test
	void planOfAnotherOffering() {
		Response response = this.staff.post("/api/openstack-migrations/",
				Map.of("src_resource", fixture.tenant().resource(), "dst_offering", fixture.destination().offering(),
						"dst_plan", fixture.source().plan()));
		assertBody(response, "{'dst_plan':['This plan is not available for selected offering.']}");
	}

	@Test
	void fullPlanIsReportedUnderDstPlan() {
		String plan = created(this.staff.post("/api/marketplace-plans/",
				Map.of("offering", fixture.destination().offering(), "name", "one", "max_amount", 1)));
		Map<String, Object> body = Map.of("src_resource", fixture.tenant().resource(), "dst_offering",
				fixture.destination().offering(), "dst_plan", plan);
		assertCreated(this.staff.post("/api/openstack-migrations/", body));
		assertBody(this.staff.post("/api/openstack-migrations/", body),
				"{'dst_plan':['Plan is not available because limit has been reached.']}");
	}

	@Test
	void sourceMustBeAnOpenStackTenant() {
		String resource = this.transactions.execute((status) -> {
			Resource tenantResource = this.resources.findByUuid(Uuids.path(fixture.tenant().resource())).orElseThrow();
			Resource plain = new Resource("plain", tenantResource.getProject(), tenantResource.getOffering(),
					tenantResource.getPlan());
			plain.setLimits(Map.of("cores", 1));
			plain.markOk();
			return Uuids.hex(this.resources.save(plain).getUuid());
		});
		Response response = this.staff.post("/api/openstack-migrations/", Map.of("src_resource", resource,
				"dst_offering", fixture.destination().offering(), "dst_plan", fixture.destination().plan()));
		assertBody(response, "{'src_resource':['The resource plain is not an OpenStack tenant.']}");
	}

	@Test
	void sourceMustBeOk() {
		String project = unique("erred");
		Source erred = importSource(fixture.scene(), fixture.source(), project,
				SourceTenant.yaml(project, fixture.type1()));
		this.tenants.markErred(Uuids.path(erred.tenant()), "broken");
		Response response = this.staff.post("/api/openstack-migrations/",
				request(erred, fixture.destination(), Map.of()));
		String name = this.staff.get("/api/marketplace-resources/" + erred.resource() + "/").field("name");
		assertBody(response, "{'src_resource':['Only a tenant in state OK can be migrated; " + name + " is ERRED.']}");
	}

	@Test
	void sourceMustHaveLimits() {
		String project = unique("limitless");
		Source limitless = importSource(fixture.scene(), fixture.source(), project,
				SourceTenant.yaml(project, fixture.type1()));
		this.transactions.executeWithoutResult((status) -> this.resources.findByUuid(Uuids.path(limitless.resource()))
			.orElseThrow()
			.setLimits(Map.of()));
		assertBody(this.staff.post("/api/openstack-migrations/", request(limitless, fixture.destination(), Map.of())),
				"{'non_field_errors':['Source resource does not have limits set.']}");
	}

	@Test
	void destinationOfferingMustHaveACloud() {
		String[] refs = this.transactions.execute((status) -> {
			Offering destination = this.offerings.findByUuid(Uuids.path(fixture.destination().offering()))
				.orElseThrow();
			Offering cloudless = new Offering(unique("cloudless"), destination.getCustomer(), null);
			cloudless.setShared(true);
			this.offerings.save(cloudless);
			Plan plan = this.plans.save(new Plan(cloudless, "basic"));
			return new String[] { Uuids.hex(cloudless.getUuid()), Uuids.hex(plan.getUuid()), cloudless.getName() };
		});
		Response response = this.staff.post("/api/openstack-migrations/",
				Map.of("src_resource", fixture.tenant().resource(), "dst_offering", refs[0], "dst_plan", refs[1]));
		assertBody(response, "{'dst_offering':['The offering " + refs[2] + " has no cloud to create the tenant in.']}");
	}

	@Test
	void migrationsAreNotUpdated() {
		Response created = create(Map.of());
		assertCreated(created);
		String url = "/api/openstack-migrations/" + created.field("uuid") + "/";
		assertThat(this.staff.patch(url, Map.of("mappings", Map.of())).status()).isEqualTo(405);
		assertThat(this.staff.put(url, Map.of("name", "x")).status()).isEqualTo(405);
	}

	@Test
	void onlyFinishedMigrationsAreDeleted() {
		Response created = create(Map.of());
		assertCreated(created);
		String url = "/api/openstack-migrations/" + created.field("uuid") + "/";
		// the run started on create is over before the state is set to one of a running
		// migration, so that nothing else writes it
		awaitEnd(created.field("uuid"));
		this.jdbc.update("update migrations set state = 'CREATING' where uuid = ?", Uuids.path(created.field("uuid")));
		Response refused = this.staff.delete(url);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.field("detail"))
			.isEqualTo("A migration can be deleted only when it is OK or ERRED; this one is CREATING.");
		this.jdbc.update("update migrations set state = 'ERRED' where uuid = ?", Uuids.path(created.field("uuid")));
		assertThat(this.staff.delete(url).status()).isEqualTo(204);
		assertThat(this.staff.get(url).status()).isEqualTo(404);
		assertThat(this.staff.get("/api/marketplace-resources/" + created.field("dst_resource_uuid") + "/").status())
			.isEqualTo(200);
	}

	@Test
	void anUnreadableSourceCloudIsA502AndLeavesNothing() {
		long before = rows();
		sourceCloud().faults().inject(FaultRule.failing("GET", "/v2.0/networks", Fault.ERROR, 1.0, null));
		try {
			Response response = create(Map.of());
			assertThat(response.status()).as(response.toString()).isEqualTo(502);
			assertThat(response.field("detail")).startsWith("The cloud could not be read; nothing was created.");
		}
		finally {
			sourceCloud().faults().clear();
		}
		assertThat(rows()).isEqualTo(before);
	}

	private long rows() {
		return this.jdbc.queryForObject(
				"select (select count(*) from migrations) + (select count(*) from resources) + (select count(*) from tenants)",
				Long.class);
	}

	private String volumeType(String cloud, String name) {
		return Uuids.hex(this.jdbc.queryForObject(
				"select t.uuid from cloud_volume_types t join service_settings s on s.id = t.settings_id where s.uuid = ? and t.name = ?",
				java.util.UUID.class, Uuids.path(cloud), name));
	}

}
