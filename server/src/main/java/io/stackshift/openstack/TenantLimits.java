package io.stackshift.openstack;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's marketplace limits, from its quotas in the cloud (reference 1.5):
 * {@code cores} (Nova cores), {@code ram} in MiB (Nova ram, already MiB), {@code storage}
 * in MiB (Cinder gigabytes times 1024) and {@code gigabytes_<type>} in GiB for each
 * volume type visible to the tenant that has such a Cinder quota. An unlimited quota (-1)
 * stays -1; a quota the cloud does not report is left out.
 */
public final class TenantLimits {

	private static final long MIB_PER_GIB = 1024;

	private TenantLimits() {
	}

	public static Map<String, Object> of(List<TenantQuota> quotas, Collection<CloudVolumeType> visibleTypes) {
		Map<String, Object> limits = new LinkedHashMap<>();
		find(quotas, TenantQuota.COMPUTE, "cores").ifPresent((limit) -> limits.put("cores", limit));
		find(quotas, TenantQuota.COMPUTE, "ram").ifPresent((limit) -> limits.put("ram", limit));
		find(quotas, TenantQuota.VOLUME, "gigabytes")
			.ifPresent((limit) -> limits.put("storage", (limit < 0) ? -1 : limit * MIB_PER_GIB));
		visibleTypes.stream()
			.map(CloudVolumeType::getName)
			.sorted()
			.forEach((type) -> find(quotas, TenantQuota.VOLUME, "gigabytes_" + type)
				.ifPresent((limit) -> limits.put("gigabytes_" + type, limit)));
		return limits;
	}

	private static Optional<Long> find(List<TenantQuota> quotas, String service, String name) {
		return quotas.stream()
			.filter((quota) -> quota.service().equals(service) && quota.name().equals(name))
			.map(TenantQuota::limit)
			.findFirst();
	}

}
