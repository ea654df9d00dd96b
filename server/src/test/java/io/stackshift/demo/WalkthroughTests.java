package io.stackshift.demo;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import io.stackshift.demo.ReaderShell.Result;
import io.stackshift.demo.ReadmeWalkthrough.Step;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The README's "Try a migration" walkthrough, copied and pasted into bash against the
 * started demo, gives the answers the README shows: the preview's plan and subnet move, a
 * migration that ends OK with every step done, a matching report, run refused on an OK
 * migration, and a complete cleanup. It runs twice, since the demo keeps its state and a
 * reader may follow the walkthrough again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "stackshift.embedded-db.ephemeral=true", "stackshift.demo.enabled=true",
				"stackshift.demo.latency=0ms", "stackshift.demo.keep-state=false", "stackshift.admin.username=admin",
				"stackshift.admin.password=" + WalkthroughTests.PASSWORD })
class WalkthroughTests {

	static final String PASSWORD = "walkthrough-admin-password";

	private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration MIGRATION_TIMEOUT = Duration.ofMinutes(3);

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	/**
	 * Checked per test rather than per class: surefire reports a class-level assumption
	 * as nothing at all, and the skip should say which tool is missing.
	 */
	@BeforeEach
	void theReadersToolsAreInstalled() {
		for (String tool : List.of("bash", "curl", "jq")) {
			Assumptions.assumeTrue(onPath(tool),
					() -> "The README walkthrough needs " + tool + ", which is not installed");
		}
	}

	@Test
	void theReadmeWalkthroughAnswersWhatItShows() throws Exception {
		ReadmeWalkthrough walkthrough = ReadmeWalkthrough.read(this.port, PASSWORD);
		try (ReaderShell shell = new ReaderShell(PASSWORD)) {
			for (int round = 1; round <= 2; round++) {
				follow(walkthrough, shell);
			}
		}
	}

	private void follow(ReadmeWalkthrough walkthrough, ReaderShell shell) throws InterruptedException {
		succeeded(shell, "the setup", walkthrough.setup());

		Step preview = walkthrough.step(1);
		String plan = succeeded(shell, "step 1", preview.script()).output();
		assertThat(plan).as("the preview").startsWith("Plan:").startsWith(preview.shown().get(0));
		assertThat(plan).contains("Subnet web-v4 moves from 10.10.1.0/24 to 192.168.1.0/24");
		for (String shown : preview.shown()) {
			for (String fragment : shown.split("\\.\\.\\.")) {
				assertThat(plan).as("the preview, as the README shows it").contains(fragment.strip());
			}
		}

		Step create = walkthrough.step(2);
		assertThat(succeeded(shell, "step 2", create.script()).output()).as("the created migration's uuid")
			.matches("[0-9a-f]{32}");

		Step follow = walkthrough.step(3);
		awaitEnd(shell, follow.firstCommand());
		List<JsonNode> state = json(succeeded(shell, "step 3", follow.script()));
		JsonNode progress = state.get(0).get("progress");
		assertThat(state.get(0).get("state").asString()).as("the migration's state in %s", state.get(0))
			.isEqualTo("OK");
		assertThat(progress.get("done").asInt()).isEqualTo(progress.get("total").asInt());
		assertThat(progress.get("failed").asInt()).isZero();
		assertThat(state.get(0)).as("the migration, as the README shows it").isEqualTo(parsed(follow.shown().get(0)));
		List<JsonNode> steps = state.subList(1, state.size());
		assertThat(steps).as("the steps").hasSize(progress.get("total").asInt()).allSatisfy((step) -> {
			assertThat(step.get("status").asString()).isEqualTo("DONE");
			assertThat(step.get("object_id").asString()).isNotBlank();
		});
		assertThat(steps.get(0).get("key")).isEqualTo(parsed(follow.shown().get(1)).get("key"));

		Step report = walkthrough.step(4);
		JsonNode verified = json(succeeded(shell, "step 4", report.script())).get(0);
		assertThat(verified.get("matches").asBoolean()).as("the report matches").isTrue();
		assertThat(verified.get("differences")).as("the report's differences").isEmpty();
		assertThat(verified).as("the report, as the README shows it").isEqualTo(parsed(report.shown().get(0)));

		Step runAndCleanup = walkthrough.step(5);
		List<JsonNode> answers = json(succeeded(shell, "step 5", runAndCleanup.script()));
		assertThat(answers).as("run's and cleanup's answers, as the README shows them")
			.containsExactlyElementsOf(runAndCleanup.shown().stream().map(WalkthroughTests::parsed).toList());
	}

	/** What the reader does with step 3: run its first command again until the end. */
	private void awaitEnd(ReaderShell shell, String command) throws InterruptedException {
		long deadline = System.nanoTime() + MIGRATION_TIMEOUT.toNanos();
		String state = "";
		while (!state.equals("OK") && !state.equals("ERRED") && System.nanoTime() < deadline) {
			Thread.sleep(200);
			state = json(succeeded(shell, "step 3's first command", command)).get(0).get("state").asString();
		}
		assertThat(state).as("the migration's state after %s", MIGRATION_TIMEOUT).isIn("OK", "ERRED");
	}

	private static Result succeeded(ReaderShell shell, String what, String script) {
		Result result = shell.run(script, STEP_TIMEOUT);
		assertThat(result.status()).as("the exit status of %s, which printed:%n%s", what, result.output()).isZero();
		return result;
	}

	private static List<JsonNode> json(Result result) {
		try (var values = JSON.readerFor(JsonNode.class).<JsonNode>readValues(result.output())) {
			List<JsonNode> answers = values.readAll();
			if (!answers.isEmpty()) {
				return answers;
			}
		}
		catch (JacksonException ex) {
			// reported below, with what came instead
		}
		return fail("Expected JSON answers, got:%n%s", result.output());
	}

	private static JsonNode parsed(String shown) {
		return JSON.readTree(shown);
	}

	private static boolean onPath(String tool) {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map((dir) -> Path.of(dir, tool))
			.anyMatch(Files::isExecutable);
	}

}
