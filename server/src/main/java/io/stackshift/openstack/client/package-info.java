/**
 * A typed, resilient client for the OpenStack APIs stackshift drives (Keystone v3,
 * Neutron v2.0, Cinder v3, Nova v2.1): one
 * {@link io.stackshift.openstack.client.CloudClient} per set of credentials, with facades
 * per service. Knows nothing of migrations; no Spring beans. Retries only what is safe to
 * repeat and reports every other doubtful outcome as
 * {@link io.stackshift.openstack.client.OpenStackException#ambiguous() ambiguous}.
 */
package io.stackshift.openstack.client;
