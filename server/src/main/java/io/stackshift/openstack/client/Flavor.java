package io.stackshift.openstack.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A Nova flavor; {@code ram} in MiB, {@code disk} in GiB. */
public record Flavor(String id, String name, Integer vcpus, Integer ram, Integer disk,
		@JsonProperty("os-flavor-access:is_public") Boolean isPublic,
		@JsonProperty("OS-FLV-EXT-DATA:ephemeral") Integer ephemeral) {
}
