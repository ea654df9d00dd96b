package io.stackshift.system.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from the bundled binaries. Either durable (its data folder
 * survives restarts, for the zero-configuration run) or ephemeral (a temporary folder
 * deleted on exit, shared by every test context of one JVM, each context in its own
 * database).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static EmbeddedPostgresServer ephemeral;

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private final boolean deleteOnClose;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, boolean deleteOnClose) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
		this.deleteOnClose = deleteOnClose;
	}

	/**
	 * Starts a server whose data lives in {@code dataDirectory} and outlives the process.
	 */
	public static EmbeddedPostgresServer durable(Path dataDirectory) {
		return start(dataDirectory, false);
	}

	/**
	 * The JVM-wide throwaway server, started on first use and removed when the JVM exits.
	 */
	public static synchronized EmbeddedPostgresServer ephemeral() {
		if (ephemeral == null) {
			try {
				Path directory = Files.createTempDirectory("stackshift-pg");
				ephemeral = start(directory.resolve("data"), true);
				Runtime.getRuntime().addShutdownHook(new Thread(ephemeral::close, "embedded-postgres-stop"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return ephemeral;
	}

	private static EmbeddedPostgresServer start(Path dataDirectory, boolean deleteOnClose) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setServerConfig("max_connections", "200")
				.setLocaleConfig("locale", "C.UTF-8");
			// PostgreSQL refuses to run as root; zonky then runs it in a user namespace
			// (unshare -U).
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(),
					dataDirectory.toAbsolutePath());
			return new EmbeddedPostgresServer(postgres, dataDirectory, deleteOnClose);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	/** Creates the database if it does not exist yet and returns its JDBC URL. */
	public String database(String name) {
		if (!name.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
				if (!rows.next()) {
					statement.execute("CREATE DATABASE " + name);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return postgres.getJdbcUrl("postgres", name);
	}

	public int port() {
		return this.postgres.getPort();
	}

	/**
	 * Stops a durable server; the ephemeral one is shared by all contexts of the JVM and
	 * stops with it.
	 */
	public void release() {
		if (!this.deleteOnClose) {
			close();
		}
	}

	@Override
	public synchronized void close() {
		try {
			this.postgres.close();
			if (this.deleteOnClose) {
				deleteRecursively(this.dataDirectory.getParent());
			}
		}
		catch (IOException ex) {
			log.warn("Could not stop the embedded PostgreSQL cleanly: {}", ex.getMessage());
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
