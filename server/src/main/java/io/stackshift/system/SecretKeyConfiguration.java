package io.stackshift.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the key for secrets at rest comes from: {@code STACKSHIFT_SECRET_KEY}, or, for
 * the embedded default only, a key generated once and kept in the data folder. With an
 * external database the key must be configured: a key on one node's disk would lock the
 * others out.
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecretKeyConfiguration.class);

	@Bean
	SecretBox secretBox(@Value("${stackshift.secret-key:}") String configured,
			@Value("${spring.datasource.url:}") String datasourceUrl,
			@Value("${stackshift.data-dir:./data}") Path dataDir) {
		if (!configured.isBlank()) {
			return new SecretBox(configured);
		}
		if (!datasourceUrl.isBlank()) {
			throw new IllegalStateException(
					"STACKSHIFT_SECRET_KEY must be set when an external database is configured (spring.datasource.url): "
							+ "it encrypts the cloud credentials stored there. Generate one with: openssl rand -base64 32");
		}
		return new SecretBox(keyFile(dataDir.resolve("secret.key")));
	}

	private static String keyFile(Path file) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file).trim();
			}
			Files.createDirectories(file.getParent());
			String key = SecretBox.generateKey();
			Files.writeString(file, key);
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			log.info("Generated a key for secrets at rest in {}", file.toAbsolutePath());
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the secret key file " + file, ex);
		}
	}

}
