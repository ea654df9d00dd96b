package io.stackshift.openstack.inventory;

import java.util.Map;

/**
 * What a pull changed, per kind of object ({@code networks}, {@code subnets}, ...).
 */
public record PullResult(Map<String, Changes> changes) {

	/** Objects added (new in the cloud), updated (changed there) and removed (gone). */
	public record Changes(int added, int updated, int removed) {

		public boolean none() {
			return this.added == 0 && this.updated == 0 && this.removed == 0;
		}

	}

	public PullResult {
		changes = Map.copyOf(changes);
	}

	public Changes of(String kind) {
		return this.changes.getOrDefault(kind, new Changes(0, 0, 0));
	}

}
