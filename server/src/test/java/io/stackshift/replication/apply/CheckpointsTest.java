package io.stackshift.replication.apply;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import io.stackshift.system.db.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal in PostgreSQL, migrated by Flyway: what one instance records, another
 * instance (a restarted node) reads, and an execution applied through it resumes there.
 */
class CheckpointsTest {

	private static HikariDataSource dataSource;

	@RegisterExtension
	static final EmulatedDestination destination = new EmulatedDestination();

	@BeforeAll
	static void start() {
		dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(EmbeddedPostgresServer.ephemeral()
			.database("journal_" + UUID.randomUUID().toString().replace("-", "")));
		dataSource.setUsername("postgres");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
	}

	@AfterAll
	static void stop() {
		dataSource.close();
	}

	private static Checkpoints journal() {
		return new Checkpoints(JdbcClient.create(dataSource), new DataSourceTransactionManager(dataSource));
	}

	@Test
	void whatOneInstanceRecordsAnotherReads() {
		UUID execution = UUID.randomUUID();
		Checkpoints writer = journal();
		writer.started(execution, List.of("network/a", "router-interface/r/s", "port/p"));
		writer.started(execution, List.of("port/p"));
		writer.done(execution, Map.of("network/a", StepOutcome.created("net-1"), "router-interface/r/s",
				StepOutcome.created("port-9").with("router_id", "router-1")));
		writer.failed(execution, List.of("port/p"), "port vm-1 (port/p): POST /v2.0/ports: CONFLICT (409)");

		Map<String, Checkpoint> read = journal().load(execution);

		assertThat(read.get("network/a").status()).isEqualTo(StepStatus.DONE);
		assertThat(read.get("router-interface/r/s").outcome())
			.isEqualTo(new StepOutcome("port-9", Map.of("router_id", "router-1"), true));
		assertThat(read.get("port/p")).satisfies((port) -> {
			assertThat(port.status()).isEqualTo(StepStatus.FAILED);
			assertThat(port.attempts()).isEqualTo(2);
			assertThat(port.error()).contains("CONFLICT (409)");
			assertThat(port.mayHaveRun()).isTrue();
		});
		assertThat(journal().load(UUID.randomUUID())).isEmpty();
	}

	/**
	 * Halted while its networks call is in flight, as a crash would leave it, and resumed
	 * at once: the abandoned call still makes the networks, after the resumed walk began.
	 */
	@Test
	void anExecutionHaltedMidRunResumesFromTheDatabase() throws Exception {
		var plan = destination.plan(2, "resumed-" + UUID.randomUUID().toString().substring(0, 8));
		UUID execution = UUID.randomUUID();
		destination.emulator.faults().replace(io.stackshift.emulator.faults.FaultPlan.harnessLatency());
		ApplyExecutor first = destination.executor(journal(), execution);
		var running = java.util.concurrent.CompletableFuture.supplyAsync(() -> first.execute(execution, plan));
		while (journal().load(execution)
			.values()
			.stream()
			.noneMatch((c) -> c.key().startsWith("network/") && c.status() == StepStatus.RUNNING)) {
			Thread.sleep(5);
		}
		first.halt();
		running.get();

		ApplyResult resumed = destination.apply(journal(), execution, plan);
		destination.emulator.faults().clear();

		assertThat(resumed.status()).as(resumed.summary()).isEqualTo(ApplyResult.Status.COMPLETED);
		Observed.assertExactlyPlanned(destination.cloud, execution, plan);
	}

}
