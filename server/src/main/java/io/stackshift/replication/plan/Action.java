package io.stackshift.replication.plan;

/**
 * What a step does to the destination, with the symbol the rendered plan shows.
 */
public enum Action {

	/** Create a new object. */
	CREATE('+'),

	/**
	 * Take over an object the destination already has (Neutron's {@code default} group
	 * and its rules).
	 */
	ADOPT('='),

	/** Change an existing object (quotas, routes, gateways). */
	UPDATE('~'),

	/** Remove an object the destination made on its own and the source does not have. */
	DELETE('-');

	private final char symbol;

	Action(char symbol) {
		this.symbol = symbol;
	}

	public char symbol() {
		return this.symbol;
	}

}
