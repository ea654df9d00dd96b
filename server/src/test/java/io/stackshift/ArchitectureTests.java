package io.stackshift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walls between features, read from the sources' imports: a dependency that crosses
 * one fails here, with the file and the import named, before it spreads.
 */
class ArchitectureTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)(?:\\.\\*)?;",
			Pattern.MULTILINE);

	record Source(Path file, String packageName, List<String> imports) {
	}

	private static List<Source> sources() {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter((file) -> file.toString().endsWith(".java")).map(ArchitectureTests::read).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Source read(Path file) {
		try {
			String text = Files.readString(file);
			Matcher packageName = PACKAGE.matcher(text);
			Matcher imports = IMPORT.matcher(text);
			return new Source(file, packageName.find() ? packageName.group(1) : "",
					imports.results().map((match) -> match.group(1)).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Imports from {@code from} (and its sub-packages) that start with a forbidden
	 * prefix.
	 */
	private static List<String> violations(String from, List<String> forbidden) {
		return sources().stream()
			.filter((source) -> source.packageName().equals(from) || source.packageName().startsWith(from + "."))
			.flatMap((source) -> source.imports()
				.stream()
				.filter((imported) -> forbidden.stream().anyMatch(imported::startsWith))
				.map((imported) -> source.file() + " imports " + imported))
			.toList();
	}

	@Test
	void thereAreSourcesToCheck() {
		assertThat(sources()).hasSizeGreaterThan(50);
	}

	@Test
	void theCloudClientKnowsNothingOfMigrations() {
		assertThat(violations("io.stackshift.openstack", List.of("io.stackshift.replication"))).isEmpty();
	}

	@Test
	void thePlannerIsPure() {
		assertThat(violations("io.stackshift.replication.plan",
				List.of("io.stackshift.openstack", "io.stackshift.marketplace", "io.stackshift.identity",
						"org.springframework", "jakarta.persistence", "java.net.http", "java.sql")))
			.isEmpty();
		assertThat(violations("io.stackshift.replication.snapshot",
				List.of("io.stackshift.openstack", "org.springframework", "jakarta.persistence", "java.net.http")))
			.isEmpty();
	}

	@Test
	void featuresDependOnlyDownwards() {
		Map<String, List<String>> above = Map.of("io.stackshift.system",
				List.of("io.stackshift.identity.", "io.stackshift.marketplace", "io.stackshift.openstack",
						"io.stackshift.replication"),
				"io.stackshift.identity",
				List.of("io.stackshift.marketplace", "io.stackshift.openstack", "io.stackshift.replication"),
				"io.stackshift.marketplace", List.of("io.stackshift.replication"));
		above.forEach((feature, forbidden) -> assertThat(violations(feature, forbidden)).as(feature).isEmpty());
	}

	@Test
	void domainCodeDoesNotReachIntoWebLayers() {
		List<String> leaks = sources().stream()
			.filter((source) -> !source.packageName().endsWith(".web") && !source.packageName().contains(".web."))
			.flatMap((source) -> source.imports()
				.stream()
				.filter((imported) -> imported.matches("io\\.stackshift\\.\\w+\\.web\\.[A-Z]\\w*")
						&& !imported.startsWith("io.stackshift.system.web."))
				.map((imported) -> source.file() + " imports " + imported))
			.toList();
		assertThat(leaks).isEmpty();
	}

}
