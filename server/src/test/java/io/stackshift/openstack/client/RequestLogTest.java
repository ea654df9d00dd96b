package io.stackshift.openstack.client;

import java.io.IOException;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.stackshift.openstack.client.ScriptedCloud.Answer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** What the client writes to the log at debug: the call's shape, never its secrets. */
class RequestLogTest {

	@Test
	void logsMethodPathTemplateStatusAndDurationButNoSecrets() throws IOException {
		Logger logger = (Logger) LoggerFactory.getLogger(Transport.class);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		Level before = logger.getLevel();
		logger.setLevel(Level.DEBUG);
		logger.addAppender(appender);
		try (ScriptedCloud cloud = new ScriptedCloud()) {
			cloud.on("POST", "/v3/users", Answer.of(201, "{\"user\": {\"id\": \"u9\", \"name\": \"alice\"}}"));
			CloudClient client = new CloudClient(cloud.credentials().build(), RetryPolicy.none());
			client.identity().createUser(User.named("alice", "default"), "alice-password-1");
			client.networking().networks().get("n-secret-id");
		}
		finally {
			logger.detachAppender(appender);
			logger.setLevel(before);
		}
		List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
		assertThat(lines).anySatisfy((line) -> assertThat(line).matches("POST /v3/auth/tokens -> 201 in \\d+ ms"))
			.anySatisfy((line) -> assertThat(line).matches("POST /v3/users -> 201 in \\d+ ms"))
			.anySatisfy((line) -> assertThat(line).matches("GET /v2.0/networks/\\{id} -> 200 in \\d+ ms"))
			.allSatisfy((line) -> assertThat(line).doesNotContain("admin-secret", "alice-password-1", "token-1",
					"n-secret-id"));
	}

}
