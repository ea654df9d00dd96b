package io.stackshift.openstack.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.stackshift.openstack.client.OpenStackException.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the contract tests against one cloud (subclasses say which) in a project of their
 * own, created first and deleted, with all it holds, last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CloudTestProject implements CloudFixture {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private CloudClient cloud;

	private Project project;

	/** Admin credentials of the cloud under test. */
	abstract CloudCredentials credentials();

	static RetryPolicy quickRetries() {
		return new RetryPolicy(4, Duration.ofMillis(20), 2.0, Duration.ofMillis(200), Duration.ofSeconds(3));
	}

	@Override
	public CloudClient cloud() {
		return this.cloud;
	}

	@Override
	public Project project() {
		return this.project;
	}

	@Override
	public Networking networking() {
		return this.cloud.networking().inProject(this.project.id());
	}

	@Override
	public String run() {
		return this.run;
	}

	@BeforeAll
	void createProject() {
		this.cloud = new CloudClient(credentials(), quickRetries());
		this.project = this.cloud.identity()
			.createProject(Project.named("ss-it-" + this.run, this.cloud.projectDomainId())
				.withDescription("stackshift client test")
				.withTags(List.of("stackshift-it", "run-" + this.run)));
	}

	/** Called after the project is gone, e.g. to stop the cloud. */
	void afterAll() {
	}

	@AfterAll
	void deleteProject() {
		try {
			deleteTestProject();
		}
		finally {
			afterAll();
		}
	}

	private void deleteTestProject() {
		if (this.project != null) {
			ProjectTeardown.run(this.cloud, this.project.id());
		}
	}

}
