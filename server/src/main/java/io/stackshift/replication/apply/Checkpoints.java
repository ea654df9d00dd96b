package io.stackshift.replication.apply;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The journal in the database ({@code execution_checkpoints}, V5). Every method is one
 * transaction: a batch of steps is recorded done, with the ids it produced, all at once
 * or not at all.
 */
@Repository
public class Checkpoints implements Journal {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String UPSERT = """
			INSERT INTO execution_checkpoints (execution_id, step_key, status, attempts, started_at)
			VALUES (:execution, :key, 'RUNNING', 1, :now)
			ON CONFLICT (execution_id, step_key) DO UPDATE
			SET status = 'RUNNING', attempts = execution_checkpoints.attempts + 1, started_at = :now, error = NULL
			""";

	private static final String FINISH = """
			INSERT INTO execution_checkpoints (execution_id, step_key, status, finished_at, error)
			VALUES (:execution, :key, :status, :now, :error)
			ON CONFLICT (execution_id, step_key) DO UPDATE
			SET status = :status, finished_at = :now, error = :error
			""";

	private static final String DONE = """
			INSERT INTO execution_checkpoints (execution_id, step_key, status, object_id, outputs, created, finished_at)
			VALUES (:execution, :key, 'DONE', :object, :outputs, :created, :now)
			ON CONFLICT (execution_id, step_key) DO UPDATE
			SET status = 'DONE', object_id = :object, outputs = :outputs, created = :created, finished_at = :now,
			    error = NULL
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	@Autowired
	public Checkpoints(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this(jdbc, transactions, Clock.systemUTC());
	}

	Checkpoints(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public Map<String, Checkpoint> load(UUID execution) {
		Map<String, Checkpoint> checkpoints = new LinkedHashMap<>();
		this.jdbc.sql("SELECT * FROM execution_checkpoints WHERE execution_id = ? ORDER BY step_key")
			.param(execution)
			.query(Checkpoints::read)
			.list()
			.forEach((checkpoint) -> checkpoints.put(checkpoint.key(), checkpoint));
		return checkpoints;
	}

	@Override
	public void started(UUID execution, Collection<String> keys) {
		Timestamp now = now();
		inTransaction(() -> keys.forEach((key) -> this.jdbc.sql(UPSERT)
			.param("execution", execution)
			.param("key", key)
			.param("now", now)
			.update()));
	}

	@Override
	public void done(UUID execution, Map<String, StepOutcome> outcomes) {
		Timestamp now = now();
		inTransaction(() -> outcomes.forEach((key, outcome) -> this.jdbc.sql(DONE)
			.param("execution", execution)
			.param("key", key)
			.param("object", outcome.objectId())
			.param("outputs", JSON.writeValueAsString(outcome.outputs()))
			.param("created", outcome.created())
			.param("now", now)
			.update()));
	}

	@Override
	public void failed(UUID execution, Collection<String> keys, String error) {
		finish(execution, keys, StepStatus.FAILED, error);
	}

	@Override
	public void skipped(UUID execution, Collection<String> keys, String reason) {
		finish(execution, keys, StepStatus.SKIPPED, reason);
	}

	@Override
	public void removed(UUID execution, String key) {
		finish(execution, java.util.List.of(key), StepStatus.REMOVED, null);
	}

	private void finish(UUID execution, Collection<String> keys, StepStatus status, String error) {
		Timestamp now = now();
		inTransaction(() -> keys.forEach((key) -> this.jdbc.sql(FINISH)
			.param("execution", execution)
			.param("key", key)
			.param("status", status.name())
			.param("now", now)
			.param("error", error)
			.update()));
	}

	private void inTransaction(Runnable work) {
		this.transactions.executeWithoutResult((status) -> work.run());
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static Checkpoint read(ResultSet row, int number) throws SQLException {
		StepStatus status = StepStatus.valueOf(row.getString("status"));
		String object = row.getString("object_id");
		StepOutcome outcome = null;
		if (object != null) {
			Map<String, String> outputs = JSON.readValue(row.getString("outputs"), new TypeReference<>() {
			});
			outcome = new StepOutcome(object, outputs, row.getBoolean("created"));
		}
		return new Checkpoint(row.getString("step_key"), status, outcome, row.getInt("attempts"),
				instant(row.getTimestamp("started_at")), instant(row.getTimestamp("finished_at")),
				row.getString("error"));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
