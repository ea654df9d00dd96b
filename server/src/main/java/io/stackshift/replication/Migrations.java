package io.stackshift.replication;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Migrations extends JpaRepository<Migration, Long>, JpaSpecificationExecutor<Migration> {

	Optional<Migration> findByUuid(UUID uuid);

	/**
	 * Asks the node running the migration to stop. An update rather than a state change
	 * of the entity: the running node writes the migration concurrently, and a cancel
	 * request must neither bump its version nor lose to it.
	 * @return 1 when the migration is CREATING, 0 otherwise
	 */
	@Modifying
	@Query("update Migration m set m.cancelRequested = true where m.uuid = :uuid"
			+ " and m.state = io.stackshift.replication.Migration.State.CREATING")
	int requestCancel(UUID uuid);

	@Query("select m.cancelRequested from Migration m where m.uuid = :uuid")
	boolean cancelRequested(UUID uuid);

}
