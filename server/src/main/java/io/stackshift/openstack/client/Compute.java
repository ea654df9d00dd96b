package io.stackshift.openstack.client;

import java.util.List;

/** Nova v2.1: flavors and quotas. */
public final class Compute {

	private final Service nova;

	Compute(Service nova) {
		this.nova = nova;
	}

	/**
	 * All flavors with details, the private ones included when the caller is an admin.
	 */
	public List<Flavor> listFlavors() {
		return this.nova.list(Path.of("/flavors/detail").query("is_public", "None"), "flavors", Flavor.class);
	}

	/**
	 * {@code os-quota-sets/{project}}, with usage from {@code /detail}; keys
	 * {@code cores}, {@code ram}, ...
	 */
	public Quotas quotas() {
		return new Quotas(this.nova, "/os-quota-sets/{project}", "quota_set", "/detail", null);
	}

}
