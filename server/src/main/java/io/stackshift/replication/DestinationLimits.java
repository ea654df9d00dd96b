package io.stackshift.replication;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import io.stackshift.replication.plan.Kind;
import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.plan.Step;

/**
 * The destination resource's marketplace limits, read off the quotas the plan sets, so
 * that what the marketplace shows and what the cloud gets cannot differ: {@code cores},
 * {@code ram} (MiB), {@code storage} (MiB, from Cinder's gigabytes) and
 * {@code gigabytes_<type>} per destination volume type, with the volume-type mapping
 * applied by the planner (summed when several source types map to one, kept when the
 * destination has a type of the same name: B12). {@code -1} (unlimited) and {@code 0}
 * stay what they are (B13).
 */
final class DestinationLimits {

	private static final long MIB_PER_GIB = 1024;

	private DestinationLimits() {
	}

	static Map<String, Object> of(Plan plan) {
		Map<String, Long> nova = quotaSet(plan, Kind.NOVA_QUOTAS);
		Map<String, Long> cinder = quotaSet(plan, Kind.CINDER_QUOTAS);
		Map<String, Object> limits = new LinkedHashMap<>();
		if (nova.containsKey("cores")) {
			limits.put("cores", nova.get("cores"));
		}
		if (nova.containsKey("ram")) {
			limits.put("ram", nova.get("ram"));
		}
		if (cinder.containsKey("gigabytes")) {
			long gigabytes = cinder.get("gigabytes");
			limits.put("storage", (gigabytes < 0) ? -1 : gigabytes * MIB_PER_GIB);
		}
		cinder.forEach((key, value) -> {
			if (key.startsWith("gigabytes_")) {
				limits.put(key, value);
			}
		});
		return limits;
	}

	private static Map<String, Long> quotaSet(Plan plan, Kind kind) {
		Map<String, Long> limits = new TreeMap<>();
		plan.steps()
			.stream()
			.filter((step) -> step.kind() == kind)
			.map(Step::attributes)
			.map((attributes) -> attributes.get("quota_set"))
			.filter(Map.class::isInstance)
			.forEach((set) -> ((Map<?, ?>) set).forEach((key, value) -> {
				if (value instanceof Number number) {
					limits.put(String.valueOf(key), number.longValue());
				}
			}));
		return limits;
	}

}
