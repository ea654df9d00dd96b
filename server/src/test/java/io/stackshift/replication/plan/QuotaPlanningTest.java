package io.stackshift.replication.plan;

import java.util.List;
import java.util.Map;

import io.stackshift.replication.snapshot.QuotaSnapshot;
import org.junit.jupiter.api.Test;

import static io.stackshift.replication.plan.Tenants.attributes;
import static io.stackshift.replication.plan.Tenants.keys;
import static io.stackshift.replication.plan.Tenants.plan;
import static org.assertj.core.api.Assertions.assertThat;

class QuotaPlanningTest {

	@SuppressWarnings("unchecked")
	private static Map<String, Long> quotas(Plan plan, String key) {
		return (Map<String, Long>) attributes(plan, key).get("quota_set");
	}

	@Test
	void quotasArePushedRightAfterTheProjectAndBeforeAnyNetworkObject() {
		List<String> keys = keys(plan(Tenants.shop(), Tenants.ports()));
		assertThat(keys.subList(0, 6)).containsExactly("project", "user", "role-assignment", "quotas/neutron",
				"quotas/nova", "quotas/cinder");
	}

	@Test
	void unlimitedAndZeroAreCarriedAsTheyAre() {
		Plan plan = plan(Tenants.shop(), Mappings.NONE);
		assertThat(quotas(plan, "quotas/nova")).containsEntry("cores", -1L).containsEntry("ram", 51200L);
		assertThat(quotas(plan, "quotas/cinder")).containsEntry("volumes_ssd", 0L);
		assertThat(quotas(plan, "quotas/neutron")).containsEntry("floatingip", 0L);
	}

	@Test
	void networkQuotasOfEveryKindAreCarried() {
		assertThat(quotas(plan(Tenants.shop(), Mappings.NONE), "quotas/neutron")).containsEntry("network", 10L)
			.containsEntry("subnet", 10L)
			.containsEntry("port", 50L)
			.containsEntry("floatingip", 0L);
	}

	@Test
	void perTypeStorageIsSummedThroughTheVolumeTypeMapping() {
		Mappings mappings = new Mappings(List.of(new Mappings.VolumeTypePair("src-ssd", "dst-fast"),
				new Mappings.VolumeTypePair("src-hdd", "dst-fast")), null, null, false, false);
		Map<String, Long> cinder = quotas(plan(Tenants.shop(), mappings), "quotas/cinder");
		assertThat(cinder).containsEntry("gigabytes_fast", 400L)
			.containsEntry("volumes_fast", 0L)
			.doesNotContainKeys("gigabytes_ssd", "gigabytes_hdd");
	}

	@Test
	void perTypeStorageStaysUnderItsNameWhenTheDestinationHasThatTypeAndIsDroppedOtherwise() {
		Plan plan = plan(Tenants.shop(), Mappings.NONE);
		assertThat(quotas(plan, "quotas/cinder")).containsEntry("gigabytes_ssd", 100L)
			.doesNotContainKey("gigabytes_hdd");
		assertThat(plan.warnings()).anyMatch((warning) -> warning.code().equals("VOLUME_TYPE_QUOTA_DROPPED")
				&& warning.message().contains("gigabytes_hdd"));
	}

	@Test
	void unlimitedPerTypeStorageStaysUnlimitedWhenMerged() {
		Plan plan = plan(
				Tenants.withQuotas(Tenants.shop(),
						new QuotaSnapshot(null, null, Map.of("gigabytes_ssd", -1L, "gigabytes_hdd", 300L))),
				new Mappings(List.of(new Mappings.VolumeTypePair("src-ssd", "dst-fast"),
						new Mappings.VolumeTypePair("src-hdd", "dst-fast")), null, null, false, false));
		assertThat(quotas(plan, "quotas/cinder")).containsEntry("gigabytes_fast", -1L);
	}

	@Test
	void quotaSmallerThanWhatThePlanCreatesIsRaisedWithAWarning() {
		Plan plan = plan(Tenants.withQuotas(Tenants.shop(), new QuotaSnapshot(
				Map.of("network", 1L, "subnet", -1L, "security_group", 1L, "security_group_rule", 3L), null, null)),
				Mappings.NONE);
		Map<String, Long> neutron = quotas(plan, "quotas/neutron");
		assertThat(neutron).containsEntry("network", 2L).containsEntry("subnet", -1L);
		// web, db and the destination's own default group
		assertThat(neutron).containsEntry("security_group", 3L);
		// 5 created rules (ssh in default, 2 in web, 2 in db) next to Neutron's 4
		// automatic ones
		assertThat(neutron).containsEntry("security_group_rule", 9L);
		assertThat(plan.warnings().stream().filter((warning) -> warning.code().equals("QUOTA_RAISED"))).hasSize(3);
	}

	@Test
	void portQuotaCountsInstancePortsRouterInterfacesAndDhcpPorts() {
		Plan plan = plan(Tenants.withQuotas(Tenants.shop(), new QuotaSnapshot(Map.of("port", 1L), null, null)),
				Tenants.ports());
		// 3 instance/VIP ports, 2 router interfaces, 2 networks with DHCP
		assertThat(quotas(plan, "quotas/neutron")).containsEntry("port", 7L);
	}

}
