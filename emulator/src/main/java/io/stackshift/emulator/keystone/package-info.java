/**
 * Keystone v3 as its clients see it: version discovery, password tokens scoped to a
 * project, the service catalog, domains, projects, users, roles and role assignments,
 * with the Zed default policies (admin role is cloud admin).
 */
package io.stackshift.emulator.keystone;
