package io.stackshift.replication.verify;

/**
 * One way the destination differs from the plan.
 *
 * @param key the step the object belongs to, or {@code extra/<kind>} for an object the
 * plan does not have
 * @param attribute what differs, e.g. {@code cidr} or {@code exists}
 * @param expected what the plan says, as text
 * @param actual what the destination holds, as text
 */
public record Difference(String key, String attribute, String expected, String actual) {

	@Override
	public String toString() {
		return this.key + " " + this.attribute + ": expected " + this.expected + ", found " + this.actual;
	}

}
