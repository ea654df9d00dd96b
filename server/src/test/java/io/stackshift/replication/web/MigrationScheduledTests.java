package io.stackshift.replication.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.stackshift.Scene;
import io.stackshift.replication.MigrationScheduled;
import io.stackshift.system.web.Uuids;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hook execution listens to: a created migration is announced once, after its row is
 * committed; a refused request and a preview announce nothing.
 */
class MigrationScheduledTests extends MigrationApiTest {

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	/** Each announced migration, with whether its row was readable when announced. */
	final List<Map.Entry<UUID, Boolean>> announced = new CopyOnWriteArrayList<>();

	private ApplicationListener<ApplicationEvent> listener;

	Offer destination;

	Source tenant;

	@BeforeEach
	void listen() {
		this.listener = (event) -> {
			if (!(event instanceof PayloadApplicationEvent<?> payload
					&& payload.getPayload() instanceof MigrationScheduled scheduled)) {
				return;
			}
			UUID migration = scheduled.migration();
			Long rows = this.jdbc.queryForObject("select count(*) from migrations where uuid = ?", Long.class,
					migration);
			this.announced.add(Map.entry(migration, rows == 1));
		};
		this.context.addApplicationListener(this.listener);
		Scene scene = scene();
		Offer source = offer(scene, register(sourceCloud()), Map.of());
		this.destination = offer(scene, register(destinationCloud()), Map.of());
		String type = unique("gold");
		seed(sourceCloud(), SourceTenant.volumeType(type));
		String project = unique("vpc");
		this.tenant = importSource(scene, source, project, SourceTenant.yaml(project, type));
	}

	@AfterEach
	void stopListening() {
		this.context.removeApplicationListener(this.listener);
	}

	@Test
	void aCreatedMigrationIsAnnouncedOnceAfterCommit() {
		assertThat(
				this.staff.post("/api/openstack-migrations/preview/", request(this.tenant, this.destination, Map.of()))
					.status())
			.isEqualTo(200);
		assertThat(this.staff
			.post("/api/openstack-migrations/", request(this.tenant, this.destination, Map.of("name", " ")))
			.status()).isEqualTo(400);
		assertThat(this.announced).isEmpty();
		String migration = created(
				this.staff.post("/api/openstack-migrations/", request(this.tenant, this.destination, Map.of())));
		assertThat(this.announced).containsExactly(Map.entry(Uuids.path(migration), true));
	}

}
