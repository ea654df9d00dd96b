/**
 * The {@code /api/openstack-migrations/} endpoints: binding, visibility and rendering;
 * the decisions are {@code replication}'s.
 */
package io.stackshift.replication.web;
