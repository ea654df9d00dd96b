package io.stackshift.replication.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.stackshift.identity.User;
import io.stackshift.marketplace.Resource;
import io.stackshift.replication.Migration;
import io.stackshift.replication.MigrationExecution;
import io.stackshift.system.web.Links;

/**
 * The details of a migration (reference 2.3), plus its destination tenant, how far it got
 * and a link to its plan.
 */
record MigrationView(UUID uuid, String url, Instant created, Instant modified, String name, String description,
		Map<String, Object> mappings, UUID createdByUuid, String createdByFullName, UUID srcOfferingUuid,
		String srcOfferingName, UUID dstOfferingUuid, String dstOfferingName, UUID srcResourceUuid,
		String srcResourceName, UUID dstResourceUuid, String dstResourceName, String dstResourceState,
		UUID dstTenantUuid, String state, String errorMessage, String errorTraceback, Progress progress, String plan) {

	static final String COLLECTION = "openstack-migrations";

	/**
	 * How far execution got, in plan steps, from the execution's checkpoints.
	 *
	 * @param total the steps of the plan
	 * @param done the steps carried out
	 * @param failed the steps whose last attempt failed
	 * @param running the steps handed to the cloud and not yet answered
	 * @param pending the others: not run yet, skipped, or removed by cleanup
	 */
	record Progress(int total, int done, int failed, int running, int pending) {

		static Progress of(MigrationExecution.Progress progress) {
			return new Progress(progress.total(), progress.done(), progress.failed(), progress.running(),
					progress.pending());
		}

	}

	static MigrationView of(Migration migration, Progress progress) {
		User creator = migration.getCreatedBy();
		Resource source = migration.getSrcResource();
		Resource destination = migration.getDstResource();
		String url = Links.url(COLLECTION, migration.getUuid());
		return new MigrationView(migration.getUuid(), url, migration.getCreated(), migration.getModified(),
				migration.getName(), migration.getDescription(), migration.getMappings(), creator.getUuid(),
				creator.getFullName(), source.getOffering().getUuid(), source.getOffering().getName(),
				destination.getOffering().getUuid(), destination.getOffering().getName(), source.getUuid(),
				source.getName(), destination.getUuid(), destination.getName(), destination.getState().label(),
				migration.getDstTenant().getUuid(), migration.getState().label(), migration.getErrorMessage(),
				migration.getErrorTraceback(), progress, url + "plan/");
	}

}
