package io.stackshift.openstack;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CloudVolumeTypes
		extends JpaRepository<CloudVolumeType, Long>, JpaSpecificationExecutor<CloudVolumeType> {

	List<CloudVolumeType> findByCloud(Cloud cloud);

}
