package io.stackshift.emulator.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admin versus member, as OpenStack's default policies decide: an admin acts in any
 * project; a member sees only its own project (and public networks), other objects are
 * 404.
 */
class AuthorizationContractTest {

	@Test
	void memberCannotSeeOrUseAnotherProjectsObjects() {
		try (Tenant mine = new Tenant(); Tenant theirs = new Tenant()) {
			String network = theirs.create("/networks", "network", Body.of("name", "theirs"));
			Response show = mine.member().get("network", "/networks/" + network);
			assertThat(show.status()).isEqualTo(404);
			assertThat(show.neutronError()).isEqualTo("NetworkNotFound");
			assertThat(mine.member().get("network", "/networks").get("networks").findValuesAsString("id"))
				.doesNotContain(network)
				.contains(mine.admin.get("network", "/networks?name=public")
					.get("networks")
					.path(0)
					.path("id")
					.asString());
			Response subnet = mine.member()
				.post("network", "/subnets",
						Body.of("subnet", Body.of("network_id", network, "ip_version", 4, "cidr", "10.0.0.0/24")));
			assertThat(subnet.status()).isEqualTo(404);
			assertThat(mine.member().delete("network", "/networks/" + network).status()).isEqualTo(404);
		}
	}

	@Test
	void memberMayReadButNotUseOrChangeTheExternalNetwork() {
		try (Tenant tenant = new Tenant()) {
			Session member = tenant.member();
			String external = member.get("network", "/networks?name=public")
				.get("networks")
				.path(0)
				.path("id")
				.asString();
			Response subnet = member.post("network", "/subnets",
					Body.of("subnet", Body.of("network_id", external, "ip_version", 4, "cidr", "10.77.0.0/24")));
			assertThat(subnet.status()).isEqualTo(403);
			assertThat(subnet.neutronError()).isEqualTo("HTTPForbidden");
			assertThat(subnet.neutronMessage())
				.isEqualTo("Tenant " + tenant.projectId + " not allowed to create subnet on this network");
			Response port = member.post("network", "/ports", Body.of("port", Body.of("network_id", external)));
			assertThat(port.status()).isEqualTo(403);
			Response update = member.put("network", "/networks/" + external, Body.of("network", Body.of("name", "x")));
			assertThat(update.status()).isEqualTo(403);
			assertThat(update.neutronMessage()).isEqualTo("rule:update_network is disallowed by policy");
			assertThat(member.delete("network", "/networks/" + external).status()).isEqualTo(403);
		}
	}

	@Test
	void memberCannotCreateForAnotherProject() {
		try (Tenant mine = new Tenant(); Tenant theirs = new Tenant()) {
			Response response = mine.member()
				.post("network", "/networks", Body.of("network", Body.of("name", "x", "project_id", theirs.projectId)));
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.neutronMessage()).isEqualTo("Specifying 'project_id' or 'tenant_id' other than the "
					+ "authenticated project in request requires admin or advsvc privileges");
		}
	}

	@Test
	void adminCreatesInAnyProjectAndListsAcrossProjects() {
		try (Tenant one = new Tenant(); Tenant two = new Tenant()) {
			String first = one.create("/networks", "network", Body.of("name", "one"));
			String second = two.create("/networks", "network", Body.of("name", "two"));
			var all = one.admin.get("network", "/networks").get("networks").findValuesAsString("id");
			assertThat(all).contains(first, second);
			var filtered = one.admin.get("network", "/networks?project_id=" + one.projectId).get("networks");
			assertThat(filtered.findValuesAsString("id")).containsExactly(first);
			assertThat(one.member().get("network", "/networks/" + first).get("network").path("project_id").asString())
				.isEqualTo(one.projectId);
			assertThat(one.member().get("network", "/networks/" + first).get("network").has("provider:network_type"))
				.as("provider attributes are for admins")
				.isFalse();
		}
	}

}
