package io.stackshift.replication.snapshot;

/**
 * A Cinder volume type; per-type quota keys use its name.
 *
 * @param id the volume type's OpenStack id
 * @param name its name
 */
public record VolumeTypeSnapshot(String id, String name) {
}
