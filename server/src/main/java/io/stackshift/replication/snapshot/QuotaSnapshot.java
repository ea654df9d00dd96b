package io.stackshift.replication.snapshot;

import java.util.Map;
import java.util.TreeMap;

/**
 * Quota limits of the source project, keyed by the OpenStack quota names of each service;
 * {@code -1} means unlimited and {@code 0} means nothing is allowed (the two are never
 * confused, unlike the original's defect B13).
 *
 * @param neutron e.g. {@code network}, {@code subnet}, {@code port}, {@code router},
 * {@code floatingip}, {@code security_group}, {@code security_group_rule}
 * @param nova e.g. {@code instances}, {@code cores}, {@code ram} (MiB)
 * @param cinder e.g. {@code gigabytes}, {@code volumes}, {@code snapshots} and the
 * per-volume-type keys {@code gigabytes_<type name>}, {@code volumes_<type name>},
 * {@code snapshots_<type name>}
 */
public record QuotaSnapshot(Map<String, Long> neutron, Map<String, Long> nova, Map<String, Long> cinder) {

	/** No quota read. */
	public static final QuotaSnapshot NONE = new QuotaSnapshot(null, null, null);

	public QuotaSnapshot {
		neutron = sorted(neutron);
		nova = sorted(nova);
		cinder = sorted(cinder);
	}

	private static Map<String, Long> sorted(Map<String, Long> limits) {
		return (limits != null) ? java.util.Collections.unmodifiableMap(new TreeMap<>(limits)) : Map.of();
	}

}
