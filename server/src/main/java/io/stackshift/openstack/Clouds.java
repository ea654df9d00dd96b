package io.stackshift.openstack;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Clouds extends JpaRepository<Cloud, Long> {

	Optional<Cloud> findByUuid(UUID uuid);

	/** Shared clouds and those of organisations the user holds a role in. */
	@Query("""
			select c from Cloud c where c.shared = true or c.customer.id in (
			  select coalesce(gc.id, gpc.id) from RoleGrant g left join g.customer gc
			    left join g.project gp left join gp.customer gpc
			  where g.user.id = :userId and (g.expirationTime is null or g.expirationTime > CURRENT_TIMESTAMP))
			""")
	Page<Cloud> findVisibleTo(@Param("userId") long userId, Pageable pageable);

}
