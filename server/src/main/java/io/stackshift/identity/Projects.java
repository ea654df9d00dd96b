package io.stackshift.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Projects extends JpaRepository<Project, Long> {

	Optional<Project> findByUuid(UUID uuid);

	@Query("select p from Project p where (:customer is null or p.customer = :customer)")
	Page<Project> findAllIn(@Param("customer") Customer customer, Pageable pageable);

	long countByCustomer(Customer customer);

	/**
	 * Projects the user holds a role in, or whose organisation the user holds a role in.
	 */
	@Query("""
			select p from Project p where (:customer is null or p.customer = :customer) and (
			  p.id in (select g.project.id from RoleGrant g where g.user.id = :userId
			    and (g.expirationTime is null or g.expirationTime > CURRENT_TIMESTAMP))
			  or p.customer.id in (select g.customer.id from RoleGrant g where g.user.id = :userId
			    and (g.expirationTime is null or g.expirationTime > CURRENT_TIMESTAMP)))
			""")
	Page<Project> findConnectedTo(@Param("userId") long userId, @Param("customer") Customer customer,
			Pageable pageable);

}
