package io.stackshift.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RoleGrants extends JpaRepository<RoleGrant, Long> {

	String LIVE = "(g.expirationTime is null or g.expirationTime > CURRENT_TIMESTAMP)";

	@Query("select g from RoleGrant g join fetch g.user where g.customer = :customer and " + LIVE
			+ " order by g.created")
	List<RoleGrant> findLiveOnCustomer(@Param("customer") Customer customer);

	@Query("select g from RoleGrant g join fetch g.user where g.project = :project and " + LIVE + " order by g.created")
	List<RoleGrant> findLiveOnProject(@Param("project") Project project);

	Optional<RoleGrant> findByUserAndRoleAndCustomer(User user, Role role, Customer customer);

	Optional<RoleGrant> findByUserAndRoleAndProject(User user, Role role, Project project);

	/**
	 * Whether a live role of the user on the project or its organisation carries the
	 * permission.
	 */
	@Query("select count(g) > 0 from RoleGrant g join g.role r join r.permissions p where g.user.id = :userId and "
			+ LIVE + " and p = :permission and (g.project.id = :projectId or g.customer.id = :customerId)")
	boolean grantsOnProject(@Param("userId") long userId, @Param("permission") String permission,
			@Param("projectId") long projectId, @Param("customerId") long customerId);

	@Query("select count(g) > 0 from RoleGrant g join g.role r join r.permissions p where g.user.id = :userId and "
			+ LIVE + " and p = :permission and g.customer.id = :customerId")
	boolean grantsOnCustomer(@Param("userId") long userId, @Param("permission") String permission,
			@Param("customerId") long customerId);

	/**
	 * Any live role on the project or its organisation: the user is "connected" to it.
	 */
	@Query("select count(g) > 0 from RoleGrant g where g.user.id = :userId and " + LIVE
			+ " and (g.project.id = :projectId or g.customer.id = :customerId)")
	boolean connectedToProject(@Param("userId") long userId, @Param("projectId") long projectId,
			@Param("customerId") long customerId);

	/** Any live role on the organisation or one of its projects. */
	@Query("select count(g) > 0 from RoleGrant g left join g.project gp where g.user.id = :userId and " + LIVE
			+ " and (g.customer.id = :customerId or gp.customer.id = :customerId)")
	boolean connectedToCustomer(@Param("userId") long userId, @Param("customerId") long customerId);

	/** The names of the live roles the user holds on the project or its organisation. */
	@Query("select distinct g.role.name from RoleGrant g where g.user.id = :userId and " + LIVE
			+ " and (g.project.id = :projectId or g.customer.id = :customerId)")
	List<String> roleNamesOnProject(@Param("userId") long userId, @Param("projectId") long projectId,
			@Param("customerId") long customerId);

	@Query("select distinct g.role.name from RoleGrant g where g.user.id = :userId and " + LIVE
			+ " and g.customer.id = :customerId")
	List<String> roleNamesOnCustomer(@Param("userId") long userId, @Param("customerId") long customerId);

}
