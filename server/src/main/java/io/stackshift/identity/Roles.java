package io.stackshift.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Roles extends JpaRepository<Role, Long> {

	Optional<Role> findByUuid(UUID uuid);

	Optional<Role> findByName(String name);

	List<Role> findAllByOrderByName();

}
