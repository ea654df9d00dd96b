package io.stackshift.openstack;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One quota of a tenant as its cloud reports it: the service ({@code network},
 * {@code compute}, {@code volume}), the OpenStack key (e.g. {@code cores},
 * {@code gigabytes_fast}), the limit (-1: unlimited) and what is in use.
 */
@Embeddable
public record TenantQuota(@Column(nullable = false) String service, @Column(nullable = false) String name,
		@Column(name = "quota_limit", nullable = false) long limit,
		@Column(name = "in_use", nullable = false) long inUse) {

	public static final String NETWORK = "network";

	public static final String COMPUTE = "compute";

	public static final String VOLUME = "volume";

}
