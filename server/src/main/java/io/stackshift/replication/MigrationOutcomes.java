package io.stackshift.replication;

import java.time.Instant;
import java.util.UUID;

import io.stackshift.marketplace.Order;
import io.stackshift.marketplace.Orders;
import io.stackshift.marketplace.Resource;
import io.stackshift.openstack.TenantService;

import io.stackshift.replication.verify.VerificationReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the executor reports about a migration, with its side effects: each end (OK or
 * ERRED) records exactly one marketplace order for the destination resource, reviewed by
 * the migration's creator at the migration's creation (reference 7), and the destination
 * resource and tenant follow the migration, on failure too (the original left them
 * Creating forever, B15).
 */
@Service
@Transactional
public class MigrationOutcomes {

	private final Migrations migrations;

	private final Orders orders;

	private final TenantService tenants;

	MigrationOutcomes(Migrations migrations, Orders orders, TenantService tenants) {
		this.migrations = migrations;
		this.orders = orders;
		this.tenants = tenants;
	}

	/** Execution starts (again, after a failure). */
	public void started(UUID migration) {
		load(migration).beginCreating();
	}

	/** Every step is done and the destination was compared with the plan. */
	public void verified(UUID uuid, VerificationReport report) {
		Migration migration = load(uuid);
		migration.verified(report, Instant.now());
		ended(migration);
	}

	public void failed(UUID uuid, String message, String traceback) {
		Migration migration = load(uuid);
		migration.markErred(message, traceback);
		ended(migration);
	}

	private void ended(Migration migration) {
		boolean ok = migration.getState() == Migration.State.OK;
		if (ok) {
			migration.getDstResource().markOk();
			this.tenants.markOk(migration.getDstTenant().getUuid());
		}
		else {
			migration.getDstResource().markErred();
			this.tenants.markErred(migration.getDstTenant().getUuid(), migration.getErrorMessage());
		}
		record(migration, ok);
	}

	private void record(Migration migration, boolean succeeded) {
		Resource resource = migration.getDstResource();
		Instant at = migration.getCreated();
		Order order = Order.recorded(Order.Type.CREATE, resource, migration.getCreatedBy(), at, succeeded,
				migration.getErrorMessage(), migration.getErrorTraceback());
		order.setPlan(resource.getPlan());
		this.orders.save(order);
	}

	private Migration load(UUID uuid) {
		return this.migrations.findByUuid(uuid).orElseThrow(() -> new IllegalArgumentException("No migration " + uuid));
	}

}
