package io.stackshift.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuthTokens extends JpaRepository<AuthToken, Long> {

	Optional<AuthToken> findByDigest(String digest);

	@Modifying
	@Query("delete from AuthToken t where t.digest = :digest")
	int deleteByDigest(@Param("digest") String digest);

	@Modifying
	@Query("delete from AuthToken t where t.user = :user")
	int deleteByUser(@Param("user") User user);

}
