package io.stackshift.replication.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlannerTest {

	private static Plan plan(Mappings mappings) {
		return Planner.plan(Tenants.shop(), mappings, Tenants.DESTINATION, Tenants.REQUEST);
	}

	private static Map<String, Object> attributes(Plan plan, String key) {
		return plan.step(key).orElseThrow(() -> new AssertionError("no step " + key)).attributes();
	}

	@Test
	void planComputedTwiceIsTheSame() {
		assertThat(plan(Tenants.ports())).isEqualTo(plan(Tenants.ports()));
	}

	@Test
	void tenantKeepsTheSourceNameUnlessAnotherIsRequested() {
		assertThat(attributes(plan(Mappings.NONE), "project")).containsEntry("name", "shop")
			.containsEntry("description", "the web shop");
		Plan renamed = Planner.plan(Tenants.shop(), Mappings.NONE, Tenants.DESTINATION,
				new TenantRequest("replicated vpc", "copy", "u", "secret/1"));
		assertThat(attributes(renamed, "project")).containsEntry("name", "replicated vpc")
			.containsEntry("description", "copy");
	}

	@Test
	void thePasswordNeverAppearsInThePlanOnlyItsReference() {
		assertThat(attributes(plan(Mappings.NONE), "user")).containsEntry("name", "shop-user-a2b3")
			.containsEntry("password_ref", "secret/migration-1")
			.doesNotContainKey("password");
	}

	@Test
	void rendersLikeTerraform() {
		String text = plan(Tenants.ports()).render();
		assertThat(text).startsWith("Plan: ")
			.contains("  + network \"web\" (network/n-web)\n      name                  = \"web\"")
			.contains("network_id = -> network/n-web")
			.contains("Warnings:\n  ! ");
	}

}
