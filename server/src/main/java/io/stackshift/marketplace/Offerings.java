package io.stackshift.marketplace;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Offerings extends JpaRepository<Offering, Long> {

	Optional<Offering> findByUuid(UUID uuid);

	/** Shared offerings and those of organisations the user is connected to. */
	@Query("""
			select o from Offering o where o.shared = true or o.customer.id in (
			  select coalesce(gc.id, gpc.id) from RoleGrant g left join g.customer gc
			    left join g.project gp left join gp.customer gpc
			  where g.user.id = :userId and (g.expirationTime is null or g.expirationTime > CURRENT_TIMESTAMP))
			""")
	Page<Offering> findVisibleTo(@Param("userId") long userId, Pageable pageable);

}
