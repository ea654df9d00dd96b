package io.stackshift.marketplace;

import java.util.Optional;
import java.util.UUID;

import io.stackshift.identity.Project;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Resources extends JpaRepository<Resource, Long>, JpaSpecificationExecutor<Resource> {

	Optional<Resource> findByUuid(UUID uuid);

	Optional<Resource> findByScopeTypeAndScopeUuid(String scopeType, UUID scopeUuid);

	/**
	 * Resources on the plan that are not terminated: what counts against its
	 * {@code max_amount}.
	 */
	@Query("select count(r) from Resource r where r.plan = :plan and r.state <> io.stackshift.marketplace.Resource.State.TERMINATED")
	long countLiveOnPlan(@Param("plan") Plan plan);

	long countByProject(Project project);

}
