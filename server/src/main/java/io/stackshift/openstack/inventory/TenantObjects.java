package io.stackshift.openstack.inventory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.stackshift.openstack.Tenant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * What the repositories of every kind of inventory object answer.
 *
 * @param <E> the kind
 */
@NoRepositoryBean
public interface TenantObjects<E extends TenantObject> extends JpaRepository<E, Long>, JpaSpecificationExecutor<E> {

	Optional<E> findByUuid(UUID uuid);

	List<E> findByTenant(Tenant tenant);

	Optional<E> findByTenantAndBackendId(Tenant tenant, String backendId);

}
