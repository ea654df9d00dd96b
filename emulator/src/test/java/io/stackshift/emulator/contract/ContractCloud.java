package io.stackshift.emulator.contract;

import io.stackshift.emulator.EmulatedCloud;

/**
 * The cloud the contract suite talks to: the real one named by
 * {@code STACKSHIFT_CONTRACT_AUTH_URL} (admin credentials from
 * {@code STACKSHIFT_CONTRACT_USERNAME}, {@code _PASSWORD}, {@code _PROJECT}), else one
 * embedded emulator shared by the whole suite.
 */
final class ContractCloud {

	private static final ContractCloud INSTANCE = create();

	final String authUrl;

	final String adminUser;

	final String adminPassword;

	final String adminProject;

	final EmulatedCloud emulator;

	private Session admin;

	private ContractCloud(String authUrl, String adminUser, String adminPassword, String adminProject,
			EmulatedCloud emulator) {
		this.authUrl = authUrl.endsWith("/") ? authUrl.substring(0, authUrl.length() - 1) : authUrl;
		this.adminUser = adminUser;
		this.adminPassword = adminPassword;
		this.adminProject = adminProject;
		this.emulator = emulator;
	}

	private static ContractCloud create() {
		String url = System.getenv("STACKSHIFT_CONTRACT_AUTH_URL");
		if (url == null || url.isBlank()) {
			EmulatedCloud cloud = EmulatedCloud.start();
			return new ContractCloud(cloud.authUrl(), EmulatedCloud.ADMIN_USER, EmulatedCloud.ADMIN_PASSWORD,
					EmulatedCloud.ADMIN_PROJECT, cloud);
		}
		return new ContractCloud(url, env("STACKSHIFT_CONTRACT_USERNAME", "admin"),
				env("STACKSHIFT_CONTRACT_PASSWORD", "admin-secret"), env("STACKSHIFT_CONTRACT_PROJECT", "admin"), null);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	static ContractCloud get() {
		return INSTANCE;
	}

	boolean isEmulator() {
		return this.emulator != null;
	}

	synchronized Session admin() {
		if (this.admin == null) {
			this.admin = Session.login(this.authUrl, this.adminUser, this.adminPassword, this.adminProject);
		}
		return this.admin;
	}

}
