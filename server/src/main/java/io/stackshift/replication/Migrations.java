package io.stackshift.replication;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Migrations extends JpaRepository<Migration, Long>, JpaSpecificationExecutor<Migration> {

	Optional<Migration> findByUuid(UUID uuid);

}
