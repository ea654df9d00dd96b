package io.stackshift.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Users extends JpaRepository<User, Long>, JpaSpecificationExecutor<User> {

	Optional<User> findByUuid(UUID uuid);

	Optional<User> findByUsername(String username);

	boolean existsByUsername(String username);

	/** The user and those who hold a role in an organisation the user is connected to. */
	@Query("""
			select u from User u where u.id = :userId or u.id in (
			  select g.user.id from RoleGrant g left join g.customer gc left join g.project gp
			    left join gp.customer gpc
			  where coalesce(gc.id, gpc.id) in (
			    select coalesce(hc.id, hpc.id) from RoleGrant h left join h.customer hc
			      left join h.project hp left join hp.customer hpc
			    where h.user.id = :userId and (h.expirationTime is null or h.expirationTime > CURRENT_TIMESTAMP)))
			""")
	Page<User> findConnectedTo(@Param("userId") long userId, Pageable pageable);

}
