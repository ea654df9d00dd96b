package io.stackshift.replication.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StepGraphTest {

	private static Step step(String key, Kind kind, String... dependsOn) {
		return new Step(key, kind, Action.CREATE, key, null, null, Map.of(), List.of(dependsOn));
	}

	@Test
	void readyStepsAreOrderedByKindThenKey() {
		List<Step> ordered = new StepGraph(List.of(step("network/b", Kind.NETWORK), step("network/a", Kind.NETWORK),
				step("quotas/neutron", Kind.NEUTRON_QUOTAS), step("subnet/a", Kind.SUBNET, "network/b")))
			.ordered();
		assertThat(ordered).extracting(Step::key)
			.containsExactly("quotas/neutron", "network/a", "network/b", "subnet/a");
	}

	@Test
	void cycleIsReportedByName() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new StepGraph(List.of(step("security-group/a", Kind.SECURITY_GROUP, "security-group/b"),
					step("security-group/b", Kind.SECURITY_GROUP, "security-group/a")))
				.ordered())
			.withMessageContaining("security-group/a -> security-group/b -> security-group/a");
	}

	@Test
	void dependencyOnAnUnplannedStepIsReported() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new StepGraph(List.of(step("subnet/a", Kind.SUBNET, "network/x"))))
			.withMessage("subnet/a depends on network/x, which is not planned");
	}

	@Test
	void referencesInAttributesAreDependencies() {
		Step port = new Step("port/p", Kind.PORT, Action.CREATE, "p", null, "p",
				Map.of("fixed_ips", List.of(Map.of("subnet_id", Ref.to("subnet/s")))), List.of());
		assertThat(port.dependsOn()).containsExactly("subnet/s");
	}

}
