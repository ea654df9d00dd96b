/**
 * The database the service runs on: an embedded PostgreSQL when no datasource is
 * configured, so that the service starts on a bare machine.
 */
package io.stackshift.system.db;
