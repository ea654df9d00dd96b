package io.stackshift.system.db;

import java.nio.file.Path;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so
 * that the service runs on a machine with nothing but a JDK. With a datasource URL,
 * Spring Boot's own datasource is used and nothing is started here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

	/**
	 * Spring destroys the pool (which depends on the server) first, then releases the
	 * server.
	 */
	@Bean(destroyMethod = "release")
	EmbeddedPostgresServer embeddedPostgresServer(@Value("${stackshift.data-dir:./data}") Path dataDir,
			@Value("${stackshift.embedded-db.ephemeral:false}") boolean ephemeral) {
		return ephemeral ? EmbeddedPostgresServer.ephemeral()
				: EmbeddedPostgresServer.durable(dataDir.resolve("postgres"));
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgresServer server,
			@Value("${stackshift.embedded-db.ephemeral:false}") boolean ephemeral) {
		// Each test context gets a database of its own in the shared ephemeral server.
		String database = ephemeral ? "test_" + UUID.randomUUID().toString().replace("-", "") : "stackshift";
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.database(database));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded");
		dataSource.setMaximumPoolSize(ephemeral ? 6 : 20);
		return dataSource;
	}

}
