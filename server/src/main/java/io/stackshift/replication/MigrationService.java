package io.stackshift.replication;

import java.util.UUID;

import io.stackshift.identity.Caller;
import io.stackshift.marketplace.Offering;
import io.stackshift.marketplace.Resource;
import io.stackshift.marketplace.Resources;
import io.stackshift.openstack.Tenant;
import io.stackshift.openstack.TenantCredentials;
import io.stackshift.openstack.TenantService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates and previews migrations. Both check the request, read the source tenant fresh
 * from its cloud and plan; create then records the destination resource and tenant (state
 * Creating, generated credentials encrypted at rest) and the migration in the same
 * transaction, and announces {@link MigrationScheduled} once it committed. A rejected
 * request leaves nothing behind.
 */
@Service
@Transactional
public class MigrationService {

	private final MigrationRequestCheck check;

	private final MigrationPlanning planning;

	private final Migrations migrations;

	private final Resources resources;

	private final TenantService tenants;

	private final ApplicationEventPublisher events;

	MigrationService(MigrationRequestCheck check, MigrationPlanning planning, Migrations migrations,
			Resources resources, TenantService tenants, ApplicationEventPublisher events) {
		this.check = check;
		this.planning = planning;
		this.migrations = migrations;
		this.resources = resources;
		this.tenants = tenants;
		this.events = events;
	}

	/**
	 * Plans without keeping anything: the transaction is rolled back, so not even the
	 * refreshed inventory of the source is stored, and no cloud is written to.
	 */
	public PlannedMigration preview(Caller caller, MigrationRequest request) {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		CheckedRequest checked = this.check.check(caller, request);
		return this.planning.plan(checked, TenantService.generateCredentials(nameOf(checked)));
	}

	public Migration create(Caller caller, MigrationRequest request) {
		CheckedRequest checked = this.check.check(caller, request);
		TenantCredentials credentials = TenantService.generateCredentials(nameOf(checked));
		PlannedMigration planned = this.planning.plan(checked, credentials);
		Resource destination = new Resource(planned.name(), checked.source().getProject(), checked.offering(),
				checked.plan());
		destination.setDescription(planned.description());
		destination.setLimits(planned.limits());
		this.resources.save(destination);
		Tenant tenant = this.tenants.recordCreated(checked.destination(), checked.source().getProject(), destination,
				planned.name(), null, credentials);
		tenant.setDescription(planned.description());
		destination.setScope(Offering.OPENSTACK_TENANT, tenant.getUuid());
		Migration migration = this.migrations.save(new Migration(planned.name(), planned.description(), checked.user(),
				checked.source(), destination, tenant, request.mappings().stored(),
				MigrationJson.write(planned.snapshot()), MigrationJson.write(planned.plan())));
		announce(migration.getUuid());
		return migration;
	}

	private void announce(UUID migration) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				MigrationService.this.events.publishEvent(new MigrationScheduled(migration));
			}
		});
	}

	private static String nameOf(CheckedRequest checked) {
		return (checked.name() != null) ? checked.name() : checked.source().getName();
	}

}
