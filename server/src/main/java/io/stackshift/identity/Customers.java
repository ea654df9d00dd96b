package io.stackshift.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Customers extends JpaRepository<Customer, Long> {

	Optional<Customer> findByUuid(UUID uuid);

	/**
	 * Organisations the user holds a role in, directly or through one of their projects.
	 */
	@Query("""
			select c from Customer c where c.id in (
			  select coalesce(gc.id, gpc.id) from RoleGrant g left join g.customer gc
			    left join g.project gp left join gp.customer gpc
			  where g.user.id = :userId and (g.expirationTime is null or g.expirationTime > CURRENT_TIMESTAMP))
			""")
	Page<Customer> findConnectedTo(@Param("userId") long userId, Pageable pageable);

}
