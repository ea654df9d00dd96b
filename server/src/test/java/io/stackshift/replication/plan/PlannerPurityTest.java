package io.stackshift.replication.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner and the snapshot import only the JDK, the address library and each other,
 * so that planning can never do I/O (the project-wide architecture test says the same at
 * the class level).
 */
class PlannerPurityTest {

	private static final List<String> ALLOWED = List.of("import java.", "import static java.", "import inet.ipaddr.",
			"import io.stackshift.replication.plan.", "import io.stackshift.replication.snapshot.");

	@Test
	void planAndSnapshotImportNothingButTheJdkTheAddressLibraryAndEachOther() throws IOException {
		for (String module : List.of("plan", "snapshot")) {
			try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/stackshift/replication", module))) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
					Files.readAllLines(file)
						.stream()
						.filter((line) -> line.startsWith("import "))
						.forEach((line) -> assertThat(ALLOWED).as(file + ": " + line).anyMatch(line::startsWith));
				}
			}
		}
	}

	@Test
	void planAndSnapshotNeverReachForClocksOrRandomness() throws IOException {
		for (String module : List.of("plan", "snapshot")) {
			try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/stackshift/replication", module))) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
					assertThat(Files.readString(file)).as(file.toString())
						.doesNotContain("Random", "Instant.now", "LocalDateTime", "System.currentTimeMillis",
								"UUID.randomUUID", "Clock");
				}
			}
		}
	}

}
