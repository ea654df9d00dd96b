package io.stackshift.marketplace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Orders extends JpaRepository<Order, Long>, JpaSpecificationExecutor<Order> {

	Optional<Order> findByUuid(UUID uuid);

	List<Order> findByResourceOrderByCreated(Resource resource);

}
