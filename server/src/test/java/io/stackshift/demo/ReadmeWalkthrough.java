package io.stackshift.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The README's "Try a migration" block as a reader copies it: the setup lines, then the
 * numbered steps, each with its commands and the answers shown after them as {@code #   }
 * comments. Only the two things a reader fills in are replaced: the service's address and
 * the admin's password.
 */
record ReadmeWalkthrough(String setup, List<Step> steps) {

	static final String SECTION = "### Try a migration";

	static final String ADDRESS_LINE = "API=http://localhost:8080";

	static final String PASSWORD_PLACEHOLDER = "<from the log>";

	private static final Pattern STEP_HEADING = Pattern.compile("^# (\\d+)\\. ", Pattern.MULTILINE);

	static ReadmeWalkthrough read(int port, String adminPassword) {
		String block = block(readme());
		assertThat(block).as("the walkthrough's address line, to point it at the started service")
			.containsOnlyOnce(ADDRESS_LINE + "\n");
		assertThat(block).as("the walkthrough's password placeholder").contains(PASSWORD_PLACEHOLDER);
		String script = block.replace(ADDRESS_LINE + "\n", "API=http://localhost:" + port + "\n")
			.replace(PASSWORD_PLACEHOLDER, adminPassword);
		Matcher heading = STEP_HEADING.matcher(script);
		List<Integer> starts = new ArrayList<>();
		while (heading.find()) {
			assertThat(Integer.parseInt(heading.group(1))).as("numbered steps in order").isEqualTo(starts.size() + 1);
			starts.add(heading.start());
		}
		assertThat(starts).as("numbered steps (# 1., # 2., ...) in the walkthrough").isNotEmpty();
		starts.add(script.length());
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i + 1 < starts.size(); i++) {
			steps.add(Step.of(script.substring(starts.get(i), starts.get(i + 1))));
		}
		return new ReadmeWalkthrough(script.substring(0, starts.get(0)), steps);
	}

	/** Step {@code number} as the README numbers it, from 1. */
	Step step(int number) {
		assertThat(this.steps).as("the walkthrough's steps").hasSizeGreaterThanOrEqualTo(number);
		return this.steps.get(number - 1);
	}

	private static String block(String readme) {
		int section = readme.indexOf("\n" + SECTION + "\n");
		if (section < 0) {
			fail("README.md has no section \"" + SECTION + "\"");
		}
		int open = readme.indexOf("\n```bash\n", section);
		Matcher nextSection = Pattern.compile("\n#{2,6} ").matcher(readme);
		if (open < 0 || (nextSection.find(section + 1) && open > nextSection.start())) {
			fail("README.md's section \"" + SECTION + "\" has no ```bash block");
		}
		int start = open + "\n```bash\n".length();
		int close = readme.indexOf("\n```\n", start);
		if (close < 0) {
			fail("README.md's ```bash block in \"" + SECTION + "\" is not closed");
		}
		return readme.substring(start, close + 1);
	}

	/** Maven runs the tests in {@code server/}; an IDE may run them at the root. */
	private static String readme() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path readme = dir.resolve("README.md");
			if (Files.isRegularFile(readme) && Files.isDirectory(dir.resolve("server"))) {
				try {
					return Files.readString(readme);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return fail("No README.md next to a server/ folder above " + Path.of("").toAbsolutePath());
	}

	/**
	 * One numbered step.
	 *
	 * @param script the step's lines as written
	 * @param firstCommand its first command, with its continuation lines
	 * @param shown the answers the README shows after its commands, without the comment
	 * marks
	 */
	record Step(String script, String firstCommand, List<String> shown) {

		static Step of(String script) {
			StringBuilder first = new StringBuilder();
			List<String> shown = new ArrayList<>();
			boolean commandSeen = false;
			boolean continued = false;
			for (String line : script.split("\n")) {
				if (continued || (!commandSeen && !line.isBlank() && !line.startsWith("#"))) {
					first.append(line).append('\n');
					continued = line.endsWith("\\");
					commandSeen = true;
				}
				else if (commandSeen && line.startsWith("#   ")) {
					shown.add(line.substring(4).trim());
				}
			}
			assertThat(first).as("a command in step \"%s\"", script.lines().findFirst().orElse("")).isNotEmpty();
			return new Step(script, first.toString(), shown);
		}

	}

}
