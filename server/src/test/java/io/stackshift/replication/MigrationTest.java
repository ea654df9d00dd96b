package io.stackshift.replication;

import java.util.List;
import java.util.Map;

import io.stackshift.replication.plan.DestinationFacts;
import io.stackshift.replication.plan.Mappings;
import io.stackshift.replication.plan.Planner;
import io.stackshift.replication.plan.TenantRequest;
import io.stackshift.replication.snapshot.QuotaSnapshot;
import io.stackshift.replication.snapshot.Snapshot;
import io.stackshift.replication.snapshot.TenantSnapshot;
import io.stackshift.replication.snapshot.VolumeTypeSnapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A migration's lifecycle (CREATION_SCHEDULED, CREATING, OK or ERRED, and again after a
 * failure) and the destination limits read off its plan.
 */
class MigrationTest {

	private static Migration scheduled() {
		return new Migration("copy", null, null, null, null, null, Map.of(), "{}", "{}");
	}

	@Test
	void runsToOk() {
		Migration migration = scheduled();
		assertThat(migration.getState()).isEqualTo(Migration.State.CREATION_SCHEDULED);
		migration.beginCreating();
		migration.markOk();
		assertThat(migration.getState().label()).isEqualTo("OK");
		assertThat(migration.getState().terminal()).isTrue();
	}

	@Test
	void runsAgainAfterAFailure() {
		Migration migration = scheduled();
		migration.beginCreating();
		migration.markErred("Neutron refused", "trace");
		assertThat(migration.getErrorMessage()).isEqualTo("Neutron refused");
		migration.beginCreating();
		assertThat(migration.getState()).isEqualTo(Migration.State.CREATING);
		assertThat(migration.getErrorMessage()).isEmpty();
	}

	@Test
	void refusesOutOfOrderTransitionsNamingTheState() {
		Migration migration = scheduled();
		assertThatIllegalStateException().isThrownBy(migration::markOk)
			.withMessageContaining("Current state: CREATION_SCHEDULED");
		migration.beginCreating();
		migration.markOk();
		assertThatIllegalStateException().isThrownBy(migration::beginCreating)
			.withMessageContaining("Current state: OK");
		assertThatIllegalStateException().isThrownBy(() -> migration.markErred("late", null))
			.withMessageContaining("to ERRED");
	}

	/**
	 * B12, B13: per-type storage follows the mapping, keeps its name when the destination
	 * has that type, and unlimited (-1) and none (0) stay what they are.
	 */
	@Test
	void destinationLimitsFollowTheMappingAndKeepUnlimitedAndZero() {
		Snapshot snapshot = new Snapshot(new TenantSnapshot("p1", "source", ""),
				new QuotaSnapshot(Map.of(), Map.of("cores", -1L, "ram", 0L),
						Map.of("gigabytes", -1L, "gigabytes_fast", 0L, "gigabytes_slow", 5L, "gigabytes_gone", 7L)),
				List.of(new VolumeTypeSnapshot("f1", "fast"), new VolumeTypeSnapshot("s1", "slow"),
						new VolumeTypeSnapshot("g1", "gone")),
				null, null, null, null, null, null, null);
		DestinationFacts destination = new DestinationFacts(null, null, null,
				List.of(new VolumeTypeSnapshot("d1", "ssd"), new VolumeTypeSnapshot("d2", "slow")));
		Mappings mappings = new Mappings(List.of(new Mappings.VolumeTypePair("f1", "d1")), null, null, false, false);
		Map<String, Object> limits = DestinationLimits
			.of(Planner.plan(snapshot, mappings, destination, new TenantRequest(null, null, "u", "ref")));
		assertThat(limits).containsExactlyInAnyOrderEntriesOf(
				Map.of("cores", -1L, "ram", 0L, "storage", -1L, "gigabytes_ssd", 0L, "gigabytes_slow", 5L));
	}

}
