package io.stackshift.openstack.client;

/** What the contract tests work with: an admin client and a project of their own. */
interface CloudFixture {

	CloudClient cloud();

	Project project();

	/** The client scoped to {@link #project()}: creates there, lists from there. */
	Networking networking();

	/** A short random text that makes names of this run unique. */
	String run();

}
