package io.stackshift.marketplace;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Plans extends JpaRepository<Plan, Long> {

	Optional<Plan> findByUuid(UUID uuid);

	@Query("select p from Plan p where (:offering is null or p.offering = :offering)")
	Page<Plan> findAllOf(@Param("offering") Offering offering, Pageable pageable);

	boolean existsByOfferingAndArchivedFalse(Offering offering);

}
