package io.stackshift.openstack.client;

import java.util.Map;

/** A Cinder volume type; private ones are visible only to projects given access. */
public record VolumeType(String id, String name, String description, Boolean isPublic, Map<String, String> extraSpecs) {
}
