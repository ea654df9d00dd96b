package io.stackshift.openstack.client;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotas of all three services, Cinder volume types and Nova flavors. */
interface QuotaContract extends CloudFixture {

	@Test
	default void setsAndReadsNeutronQuotas() {
		Quotas quotas = cloud().networking().quotas();
		assertThat(quotas.update(project().id(), Map.of("subnet", 77L, "security_group_rule", 250L)))
			.containsEntry("subnet", 77L)
			.containsEntry("security_group_rule", 250L)
			.containsKey("network");
		assertThat(quotas.usage(project().id()).get("subnet")).isEqualTo(new QuotaUsage(77, 0, 0));
	}

	@Test
	default void setsAndReadsNovaQuotas() {
		Quotas quotas = cloud().compute().quotas();
		assertThat(quotas.update(project().id(), Map.of("cores", 33L, "ram", 65536L))).containsEntry("cores", 33L)
			.containsEntry("ram", 65536L);
		assertThat(quotas.usage(project().id()).get("cores")).isEqualTo(new QuotaUsage(33, 0, 0));
	}

	@Test
	default void givesAProjectAPrivateVolumeTypeAndAQuotaOnIt() {
		BlockStorage cinder = cloud().blockStorage();
		VolumeType type = cinder.createVolumeType("ss-it-" + run(), "private test type", false);
		try {
			assertThat(type.isPublic()).isFalse();
			assertThat(cinder.listVolumeTypes()).extracting(VolumeType::id).contains(type.id());
			cinder.addProjectAccess(type.id(), project().id());
			assertThat(cinder.projectsWithAccess(type.id())).containsExactly(project().id());

			Map<String, Long> limits = cinder.quotas()
				.update(project().id(), Map.of("gigabytes", 500L, BlockStorage.gigabytesOf(type.name()), 50L,
						BlockStorage.volumesOf(type.name()), 5L));
			assertThat(limits).containsEntry("gigabytes", 500L)
				.containsEntry(BlockStorage.gigabytesOf(type.name()), 50L);
			Map<String, QuotaUsage> usage = cinder.quotas().usage(project().id());
			assertThat(usage.get(BlockStorage.volumesOf(type.name()))).isEqualTo(new QuotaUsage(5, 0, 0));
			assertThat(usage.get("gigabytes").limit()).isEqualTo(500);
		}
		finally {
			cinder.deleteVolumeType(type.id());
		}
	}

	@Test
	default void listsFlavorsPrivateOnesIncluded() {
		Compute nova = cloud().compute();
		Flavor flavor = nova.createFlavor("ss-it-" + run(), 2, 2048, 20, false);
		try {
			assertThat(nova.listFlavors()).filteredOn((listed) -> listed.id().equals(flavor.id()))
				.singleElement()
				.satisfies((listed) -> {
					assertThat(listed.vcpus()).isEqualTo(2);
					assertThat(listed.ram()).isEqualTo(2048);
					assertThat(listed.disk()).isEqualTo(20);
					assertThat(listed.isPublic()).isFalse();
				});
		}
		finally {
			ProjectTeardown.quietly(() -> nova.deleteFlavor(flavor.id()));
		}
	}

}
