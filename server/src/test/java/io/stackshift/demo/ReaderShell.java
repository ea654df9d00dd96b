package io.stackshift.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * One bash kept open, as a reader's terminal is: what a step sets ({@code $TOKEN},
 * {@code $M}) is there for the next. Each script runs as it is written, from a file, with
 * nothing on its standard input; its output (standard error included) comes back with its
 * exit status. Outputs and failures never show the given secret or a token key.
 */
final class ReaderShell implements AutoCloseable {

	private static final String TOKEN_KEY = "\\b[0-9a-f]{40}\\b";

	private final String marker = "walkthrough-step-ended-" + UUID.randomUUID();

	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private final Process bash;

	private final Writer input;

	private final String secret;

	private final Path scripts;

	ReaderShell(String secret) {
		this.secret = secret;
		try {
			this.scripts = Files.createTempDirectory("walkthrough");
			this.bash = new ProcessBuilder("bash", "-s").directory(this.scripts.toFile())
				.redirectErrorStream(true)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.input = this.bash.outputWriter(StandardCharsets.UTF_8);
		Thread reader = new Thread(this::readOutput, "walkthrough-shell-output");
		reader.setDaemon(true);
		reader.start();
	}

	/** Runs {@code script} and waits for it to end, at most {@code timeout}. */
	Result run(String script, Duration timeout) {
		try {
			Path file = Files.createTempFile(this.scripts, "step", ".sh");
			Files.writeString(file, script);
			this.input
				.write("source '" + file + "' </dev/null 2>&1; printf '\\n%s %d\\n' " + this.marker + " \"$?\"\n");
			this.input.flush();
			StringBuilder output = new StringBuilder();
			long deadline = System.nanoTime() + timeout.toNanos();
			while (true) {
				String line = this.lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (line == null) {
					return fail("No end after %s of:%n%s%nOutput so far:%n%s", timeout, redacted(script),
							redacted(output.toString()));
				}
				if (line.startsWith(this.marker + " ")) {
					Files.delete(file);
					return new Result(redacted(output.toString().strip()),
							Integer.parseInt(line.substring(this.marker.length() + 1)));
				}
				output.append(line).append('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String redacted(String text) {
		return text.replace(this.secret, "[password]").replaceAll(TOKEN_KEY, "[token]");
	}

	private void readOutput() {
		try (BufferedReader output = this.bash.inputReader(StandardCharsets.UTF_8)) {
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				this.lines.add(line);
			}
		}
		catch (IOException ex) {
			// the shell was closed; run() reports the missing end
		}
	}

	@Override
	public void close() throws IOException {
		this.bash.destroy();
		try (var files = Files.list(this.scripts)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(this.scripts);
	}

	/** What a script printed (secrets redacted) and how it ended. */
	record Result(String output, int status) {
	}

}
