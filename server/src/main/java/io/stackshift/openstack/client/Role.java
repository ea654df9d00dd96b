package io.stackshift.openstack.client;

/** A Keystone role, e.g. {@code member}. */
public record Role(String id, String name, String domainId) {
}
