package io.stackshift.replication;

import java.util.Optional;
import java.util.UUID;

import io.stackshift.identity.Project;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface Migrations extends JpaRepository<Migration, Long>, JpaSpecificationExecutor<Migration> {

	Optional<Migration> findByUuid(UUID uuid);

	/** Migrations whose source or destination lives in the project. */
	@Query("select count(m) from Migration m where m.srcResource.project = :project or m.dstResource.project = :project")
	long countInProject(Project project);

}
