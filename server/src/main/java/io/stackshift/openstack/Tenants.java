package io.stackshift.openstack;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.stackshift.marketplace.Resource;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface Tenants extends JpaRepository<Tenant, Long>, JpaSpecificationExecutor<Tenant> {

	Optional<Tenant> findByUuid(UUID uuid);

	Optional<Tenant> findByResource(Resource resource);

	Optional<Tenant> findByCloudAndBackendId(Cloud cloud, String backendId);

	@Query("select t.backendId from Tenant t where t.cloud = :cloud and t.backendId is not null")
	List<String> backendIdsIn(Cloud cloud);

	@Query("select t.uuid from Tenant t where t.origin = io.stackshift.openstack.Tenant.Origin.IMPORTED and t.backendId is not null")
	List<UUID> importedUuids();

}
