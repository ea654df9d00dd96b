/**
 * stackshift: moves and replicates OpenStack tenants between clouds.
 *
 * <p>
 * Packaged by feature, each with its HTTP layer in a {@code web} sub-package:
 * {@code system} (database, secrets, API conventions), {@code identity} (people and
 * rights), {@code marketplace} (what is offered and held), {@code openstack} (clouds and
 * the client that talks to them) and {@code replication} (migrations). Lower features
 * never import higher ones; {@code ArchitectureTests} keeps it so.
 */
package io.stackshift;
