package io.stackshift.replication;

import java.util.UUID;

/**
 * Where a migration's run happens: off the caller's thread, on this node or on another.
 * {@link DurableLauncher} (a db-scheduler task another node takes over when this one
 * dies) or {@link PooledLauncher} (an in-memory pool of this node).
 */
public interface MigrationLauncher {

	/**
	 * Has {@link MigrationExecution#run} called for the migration later.
	 * @return false when a run of it is already queued or running here
	 */
	boolean launch(UUID migration);

	/**
	 * Whether a run this node stops mid-way as it shuts down ({@code HALTED}) is run
	 * again elsewhere; if so, the migration stays CREATING for that run instead of ending
	 * ERRED.
	 */
	boolean revivesStoppedRuns();

}
