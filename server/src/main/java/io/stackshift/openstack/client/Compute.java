package io.stackshift.openstack.client;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

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
	 * Creates a flavor; names and ids are cloud-wide, so a taken name is a
	 * {@code CONFLICT}.
	 */
	public Flavor createFlavor(String name, int vcpus, int ramMib, int diskGib, boolean isPublic) {
		ObjectNode flavor = Json.MAPPER.createObjectNode()
			.put("name", name)
			.put("vcpus", vcpus)
			.put("ram", ramMib)
			.put("disk", diskGib);
		flavor.put("os-flavor-access:is_public", isPublic);
		return Json.MAPPER.treeToValue(this.nova.create(Path.of("/flavors"), Map.of("flavor", flavor)).path("flavor"),
				Flavor.class);
	}

	public void deleteFlavor(String id) {
		this.nova.delete(Path.of("/flavors/{id}", id));
	}

	/**
	 * {@code os-quota-sets/{project}}, with usage from {@code /detail}; keys
	 * {@code cores}, {@code ram}, ...
	 */
	public Quotas quotas() {
		return new Quotas(this.nova, "/os-quota-sets/{project}", "quota_set", "/detail", null);
	}

}
