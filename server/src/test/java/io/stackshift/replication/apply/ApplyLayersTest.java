package io.stackshift.replication.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The apply stage's layers, read from the sources' imports: the graph walk and its
 * contracts know steps, not OpenStack; nothing here knows migrations, marketplace or the
 * web.
 */
class ApplyLayersTest {

	private static final Path APPLY = Path.of("src/main/java/io/stackshift/replication/apply");

	private static final Path VERIFY = Path.of("src/main/java/io/stackshift/replication/verify");

	@Test
	void theGraphWalkKnowsStepsNotOpenStack() throws IOException {
		for (String type : List.of("ApplyExecutor", "Scheduling", "Work", "Journal", "Checkpoint", "StepOutcome",
				"StepStatus", "ApplyResult", "MemoryJournal", "Checkpoints")) {
			assertThat(imports(APPLY.resolve(type + ".java"))).as(type)
				.noneMatch((line) -> line.contains("io.stackshift.openstack"));
		}
	}

	@Test
	void applyAndVerifyKnowNeitherMarketplaceNorIdentityNorTheWeb() throws IOException {
		for (Path folder : List.of(APPLY, VERIFY)) {
			try (var files = Files.list(folder)) {
				for (Path file : files.toList()) {
					assertThat(imports(file)).as(file.toString())
						.noneMatch((line) -> line.contains("io.stackshift.marketplace")
								|| line.contains("io.stackshift.identity") || line.contains(".web."));
				}
			}
		}
		try (var files = Files.list(VERIFY)) {
			for (Path file : files.toList()) {
				assertThat(imports(file)).as(file.toString())
					.noneMatch((line) -> line.contains("io.stackshift.replication.apply"));
			}
		}
	}

	private static List<String> imports(Path file) throws IOException {
		return Files.readAllLines(file).stream().filter((line) -> line.startsWith("import ")).toList();
	}

}
