package io.stackshift.openstack;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CloudExternalNetworks extends JpaRepository<CloudExternalNetwork, Long> {

	List<CloudExternalNetwork> findByCloudOrderByNameAscBackendIdAsc(Cloud cloud);

}
