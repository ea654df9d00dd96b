package io.stackshift.replication.plan;

import java.util.List;

import io.stackshift.replication.snapshot.SecurityGroupSnapshot;
import org.junit.jupiter.api.Test;

import static io.stackshift.replication.plan.Tenants.attributes;
import static io.stackshift.replication.plan.Tenants.group;
import static io.stackshift.replication.plan.Tenants.keys;
import static io.stackshift.replication.plan.Tenants.plan;
import static io.stackshift.replication.plan.Tenants.rule;
import static org.assertj.core.api.Assertions.assertThat;

class SecurityGroupPlanningTest {

	@Test
	void groupsReferringToEachOtherAreAllCreatedBeforeAnyRule() {
		List<String> keys = keys(plan(Tenants.shop(), Mappings.NONE));
		int lastGroup = Math.max(keys.indexOf("security-group/g-web"), keys.indexOf("security-group/g-db"));
		assertThat(keys.indexOf("security-group-rule/r-web-from-db")).isGreaterThan(lastGroup);
		assertThat(keys.indexOf("security-group-rule/r-db-from-web")).isGreaterThan(lastGroup);
	}

	@Test
	void remoteGroupsAreResolvedBySourceIdEvenWhenNamesRepeat() {
		SecurityGroupSnapshot first = group("g-a", "app", rule("a-1", "ingress", "tcp", 1, null, "g-b"));
		SecurityGroupSnapshot second = group("g-b", "app", rule("b-1", "ingress", "tcp", 2, null, "g-a"));
		Plan plan = plan(Tenants.withGroups(Tenants.shop(), first, second), Mappings.NONE);
		assertThat(attributes(plan, "security-group-rule/a-1")).containsEntry("remote_group_id",
				Ref.to("security-group/g-b"));
		assertThat(attributes(plan, "security-group-rule/b-1")).containsEntry("remote_group_id",
				Ref.to("security-group/g-a"));
	}

	@Test
	void aGroupReferringToDefaultIsPlannedWithoutCycleErrors() {
		SecurityGroupSnapshot web = group("g-web", "web", rule("w-1", "ingress", "tcp", 80, null, "g-default"));
		Plan plan = plan(Tenants.withGroups(Tenants.shop(), Tenants.defaultGroup(), web), Mappings.NONE);
		assertThat(plan.step("security-group-rule/w-1").orElseThrow().dependsOn()).contains("security-group/g-default",
				"security-group/g-web");
	}

	@Test
	void ruleRemotePrefixInsideARemappedSubnetIsTranslated() {
		Plan plan = plan(Tenants.shop(), Tenants.remap("10.0.1.0/24", "192.168.7.0/24"));
		assertThat(attributes(plan, "security-group-rule/r-db-admin")).containsEntry("remote_ip_prefix",
				"192.168.7.0/28");
	}

	@Test
	void ruleDescriptionsAreCopied() {
		SecurityGroupSnapshot web = group("g-web", "web",
				new io.stackshift.replication.snapshot.SecurityGroupRuleSnapshot("w-1", "ingress", "IPv4", "tcp", 443,
						443, null, null, "https from anywhere"));
		Plan plan = plan(Tenants.withGroups(Tenants.shop(), web), Mappings.NONE);
		assertThat(attributes(plan, "security-group-rule/w-1")).containsEntry("description", "https from anywhere");
	}

	@Test
	void defaultGroupIsAdoptedNotCreated() {
		Step adopted = plan(Tenants.shop(), Mappings.NONE).step("security-group/g-default").orElseThrow();
		assertThat(adopted.action()).isEqualTo(Action.ADOPT);
	}

	@Test
	void defaultGroupKeepsNeutronRulesTheSourceHasAddsItsOwnAndRemovesTheRest() {
		Plan plan = plan(Tenants.shop(), Mappings.NONE);
		assertThat(plan.step("security-group-rule/d-egress4").orElseThrow().action()).isEqualTo(Action.ADOPT);
		assertThat(plan.step("security-group-rule/d-ingress4").orElseThrow().action()).isEqualTo(Action.ADOPT);
		assertThat(plan.step("security-group-rule/d-ssh").orElseThrow().action()).isEqualTo(Action.CREATE);
		List<Step> removals = plan.steps()
			.stream()
			.filter((step) -> step.action() == Action.DELETE && "security-group/g-default".equals(step.parent()))
			.toList();
		assertThat(removals).singleElement().satisfies((step) -> {
			assertThat(step.key()).isEqualTo("security-group-rule-removal/g-default/ingress-IPv6-any-default");
			assertThat(step.attributes()).containsEntry("remote_group_id", Ref.to("security-group/g-default"));
		});
	}

	@Test
	void aCreatedGroupLosesTheAutomaticEgressRulesItsSourceLacks() {
		SecurityGroupSnapshot open = group("g-open", "open",
				rule("o-egress4", "egress", null, null, null, null, "IPv4"),
				rule("o-egress6", "egress", null, null, null, null, "IPv6"));
		SecurityGroupSnapshot closed = group("g-closed", "closed",
				rule("c-egress-https", "egress", "tcp", 443, "0.0.0.0/0", null, "IPv4"));
		Plan plan = plan(Tenants.withGroups(Tenants.shop(), Tenants.defaultGroup(), open, closed), Mappings.NONE);
		assertThat(removalsOf(plan, "g-open")).isEmpty();
		assertThat(plan.step("security-group-rule/o-egress4").orElseThrow().action()).isEqualTo(Action.CREATE);
		assertThat(removalsOf(plan, "g-closed")).extracting(Step::key)
			.containsExactlyInAnyOrder("security-group-rule-removal/g-closed/egress-IPv4-any-anywhere",
					"security-group-rule-removal/g-closed/egress-IPv6-any-anywhere");
		assertThat(plan.step("security-group-rule/c-egress-https").orElseThrow().action()).isEqualTo(Action.CREATE);
	}

	private static List<Step> removalsOf(Plan plan, String groupId) {
		return plan.steps()
			.stream()
			.filter((step) -> step.action() == Action.DELETE && ("security-group/" + groupId).equals(step.parent()))
			.toList();
	}

	@Test
	void oneGroupWithOneRuleGivesOneGroupAndOneRule() {
		// Waldur acceptance test 6, with the default group the destination always has
		Plan plan = plan(
				Tenants.withGroups(Tenants.shop(), group("g-1", "web", rule("r-1", "ingress", "tcp", 22, null, null))),
				Mappings.NONE);
		assertThat(plan.steps().stream().filter((step) -> step.kind() == Kind.SECURITY_GROUP)).hasSize(1);
		assertThat(plan.steps()
			.stream()
			.filter((step) -> step.kind() == Kind.SECURITY_GROUP_RULE && step.action() == Action.CREATE)).hasSize(1);
	}

	@Test
	void ruleReferringToAGroupOutsideTheTenantIsDroppedWithAWarning() {
		SecurityGroupSnapshot web = group("g-web", "web", rule("w-1", "ingress", "tcp", 80, null, "elsewhere"));
		Plan plan = plan(Tenants.withGroups(Tenants.shop(), web), Mappings.NONE);
		assertThat(keys(plan)).doesNotContain("security-group-rule/w-1");
		assertThat(Tenants.warningCodes(plan)).contains("REMOTE_GROUP_MISSING");
	}

}
