package io.stackshift.identity;

import java.time.Instant;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * The one place that says, as a query predicate, which projects a user sees: those where
 * a live role grant names the project or its customer. Lists of anything that belongs to
 * a project (resources, orders, migrations) filter with it in the database, so that
 * pagination counts stay right.
 */
public final class ProjectVisibility {

	private ProjectVisibility() {
	}

	public static Predicate visibleTo(long userId, Path<Project> project, CriteriaQuery<?> query, CriteriaBuilder cb) {
		return cb.or(project.get("id").in(grantedIds(userId, "project", query, cb)),
				project.get("customer").get("id").in(grantedIds(userId, "customer", query, cb)));
	}

	/** Customers where the user holds a live role (as owner, say, of a provider). */
	public static Subquery<Long> customerIds(long userId, CriteriaQuery<?> query, CriteriaBuilder cb) {
		return grantedIds(userId, "customer", query, cb);
	}

	private static Subquery<Long> grantedIds(long userId, String scope, CriteriaQuery<?> query, CriteriaBuilder cb) {
		Subquery<Long> ids = query.subquery(Long.class);
		Root<RoleGrant> grant = ids.from(RoleGrant.class);
		ids.select(grant.get(scope).get("id"))
			.where(cb.equal(grant.get("user").get("id"), userId), cb.isNotNull(grant.get(scope)),
					cb.or(cb.isNull(grant.get("expirationTime")),
							cb.greaterThan(grant.<Instant>get("expirationTime"), Instant.now())));
		return ids;
	}

}
