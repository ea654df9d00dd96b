package io.stackshift.openstack.client;

import org.junit.jupiter.api.Assumptions;

/**
 * The contract against a real OpenStack, e.g. the loopback harness:
 * {@code STACKSHIFT_IT_AUTH_URL=http://127.0.0.1:5000/v3 ./mvnw -pl server verify}.
 * Skipped without that variable.
 */
class CloudClientIT extends CloudTestProject
		implements IdentityContract, NetworkingContract, QuotaContract, TokenContract {

	@Override
	public CloudCredentials credentials() {
		// Checked here, not in a @BeforeAll of this class: the project is created before
		// those run.
		Assumptions.assumeTrue(System.getenv("STACKSHIFT_IT_AUTH_URL") != null,
				"STACKSHIFT_IT_AUTH_URL is not set: no real OpenStack to test against");
		return CloudCredentials
			.of(System.getenv("STACKSHIFT_IT_AUTH_URL"), env("STACKSHIFT_IT_USERNAME", "admin"),
					env("STACKSHIFT_IT_PASSWORD", "admin-secret"))
			.projectName(env("STACKSHIFT_IT_PROJECT", "admin"), "Default")
			.build();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
