package io.stackshift.replication;

import io.stackshift.replication.plan.Plan;
import io.stackshift.replication.snapshot.Snapshot;
import io.stackshift.replication.verify.VerificationReport;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON a migration stores its snapshot and plan in: the service's snake_case, the
 * same text the API shows (and its verification report), and read back into records that
 * equal the ones written.
 */
final class MigrationJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	private MigrationJson() {
	}

	static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	static Plan plan(String text) {
		return JSON.readValue(text, Plan.class);
	}

	static VerificationReport report(String text) {
		return JSON.readValue(text, VerificationReport.class);
	}

	static Snapshot snapshot(String text) {
		return JSON.readValue(text, Snapshot.class);
	}

}
