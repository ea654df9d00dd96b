package io.stackshift.replication.verify;

import java.util.List;

/**
 * What verification found.
 *
 * @param checked how many planned steps were compared
 * @param differences every difference, in plan order; empty when the destination matches
 */
public record VerificationReport(int checked, List<Difference> differences) {

	public VerificationReport {
		differences = List.copyOf(differences);
	}

	public boolean matches() {
		return this.differences.isEmpty();
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder().append(this.checked)
			.append(" steps checked, ")
			.append(this.differences.size())
			.append(" differences");
		this.differences.forEach((difference) -> text.append("\n  ").append(difference));
		return text.toString();
	}

}
