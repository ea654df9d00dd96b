package io.stackshift.openstack.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client stays a library: no Spring, nothing of stackshift outside this package (so
 * nothing of migrations).
 */
class ClientBoundariesTest {

	private static final Path SOURCES = Path.of("src/main/java/io/stackshift/openstack/client");

	@Test
	void importsNothingOfStackshiftOrSpring() throws IOException {
		assertThat(imports()).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).doesNotContain("org.springframework")
				.satisfiesAnyOf((text) -> assertThat(text).doesNotContain("io.stackshift."),
						(text) -> assertThat(text).contains("io.stackshift.openstack.client.")));
	}

	private static List<String> imports() throws IOException {
		try (Stream<Path> files = Files.list(SOURCES)) {
			return files.flatMap(ClientBoundariesTest::lines).filter((line) -> line.startsWith("import ")).toList();
		}
	}

	private static Stream<String> lines(Path file) {
		try {
			return Files.readAllLines(file).stream();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
