package io.stackshift.openstack.client;

import io.stackshift.emulator.EmulatedCloud;

/**
 * The contract against the emulated cloud, in the fast suite: the same tests that
 * {@link CloudClientIT} runs against a real OpenStack.
 */
class CloudClientEmulatorTest extends CloudTestProject
		implements IdentityContract, NetworkingContract, QuotaContract, TokenContract {

	private EmulatedCloud emulator;

	@Override
	public CloudCredentials credentials() {
		if (this.emulator == null) {
			this.emulator = EmulatedCloud.start();
		}
		return CloudCredentials.of(this.emulator.authUrl(), EmulatedCloud.ADMIN_USER, EmulatedCloud.ADMIN_PASSWORD)
			.projectName(EmulatedCloud.ADMIN_PROJECT, "Default")
			.build();
	}

	@Override
	void afterAll() {
		if (this.emulator != null) {
			this.emulator.close();
		}
	}

}
