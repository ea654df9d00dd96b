package io.stackshift.openstack.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.stackshift.openstack.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Pulls every imported tenant again every {@code stackshift.inventory.refresh-interval}
 * (0 turns it off), one tenant after another on one thread, so that a large estate does
 * not hammer the clouds. A tenant that fails is logged and tried again next round.
 *
 * <p>
 * A plain scheduler for now: {@link #refreshAll()} is the whole job, so moving it to a
 * durable job runner (db-scheduler, with the executor) means calling it from there.
 */
@Component
public class InventoryRefresh implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(InventoryRefresh.class);

	private final Inventory inventory;

	private final Tenants tenants;

	private final Duration interval;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	InventoryRefresh(Inventory inventory, Tenants tenants,
			@Value("${stackshift.inventory.refresh-interval:30m}") Duration interval) {
		this.inventory = inventory;
		this.tenants = tenants;
		this.interval = interval;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (this.interval.isZero() || this.interval.isNegative()) {
			log.info("Inventory refresh is off (stackshift.inventory.refresh-interval={})", this.interval);
			return;
		}
		this.scheduler.setPoolSize(1);
		this.scheduler.setThreadNamePrefix("inventory-refresh-");
		this.scheduler.initialize();
		this.scheduler.scheduleWithFixedDelay(() -> refreshAll(), Instant.now().plus(this.interval), this.interval);
	}

	/**
	 * One round: every imported tenant, each in its own transaction; answers how many
	 * failed.
	 */
	public int refreshAll() {
		int failed = 0;
		for (UUID tenant : this.tenants.importedUuids()) {
			try {
				this.inventory.pull(tenant);
			}
			catch (RuntimeException ex) {
				failed++;
				log.warn("Refreshing tenant {} failed: {}", tenant, ex.getMessage());
			}
		}
		if (failed > 0) {
			log.warn("Inventory refresh: {} tenant(s) failed, retried next round", failed);
		}
		return failed;
	}

	@Override
	public void destroy() {
		this.scheduler.shutdown();
	}

}
