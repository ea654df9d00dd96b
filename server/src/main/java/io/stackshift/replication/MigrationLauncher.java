package io.stackshift.replication;

import java.util.UUID;

/**
 * Where a claimed migration's run happens: off the caller's thread, on this node or on
 * another. The asynchronous pool is one answer; a durable job (db-scheduler, taken over
 * by another node when this one dies) is the next, behind the same call.
 */
public interface MigrationLauncher {

	/**
	 * Has {@link MigrationExecution#run} called for the migration later.
	 * @return false when a run of it is already queued or running here
	 */
	boolean launch(UUID migration);

}
