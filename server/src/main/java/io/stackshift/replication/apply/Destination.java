package io.stackshift.replication.apply;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.Networking;
import io.stackshift.replication.plan.Ref;
import io.stackshift.replication.plan.Step;

/**
 * What a performer works with: the destination cloud, the outcomes of earlier steps (to
 * resolve references) and the ids already claimed by steps of this execution, so that an
 * object found after a lost answer is never taken by two steps.
 */
final class Destination {

	/** The step key of the project, whose id scopes every Neutron call. */
	static final String PROJECT_KEY = "project";

	private final CloudClient cloud;

	private final UUID execution;

	private final Work.Results results;

	private final Set<String> claims;

	private final Secrets secrets;

	private final Set<String> mine = new java.util.HashSet<>();

	Destination(CloudClient cloud, UUID execution, Work.Results results, Set<String> claims, Secrets secrets) {
		this.cloud = cloud;
		this.execution = execution;
		this.results = results;
		this.claims = claims;
		this.secrets = secrets;
	}

	CloudClient cloud() {
		return this.cloud;
	}

	Secrets secrets() {
		return this.secrets;
	}

	/** The tag that marks the Keystone project as this execution's. */
	String projectTag() {
		return "stackshift-migration-" + this.execution;
	}

	String projectId() {
		return this.results.of(PROJECT_KEY).objectId();
	}

	/** Neutron as seen from inside the new project: creates there, lists only there. */
	Networking networking() {
		return this.cloud.networking().inProject(projectId());
	}

	Attributes attributes(Step step) {
		@SuppressWarnings("unchecked")
		Map<String, Object> resolved = (Map<String, Object>) resolve(step.attributes());
		return new Attributes(resolved);
	}

	/** The outcome of an earlier step. */
	StepOutcome outcome(String key) {
		return this.results.of(key);
	}

	/**
	 * Claims the first candidate no step has claimed yet that matches, or nothing.
	 */
	<T> Optional<T> claimFirst(Collection<T> candidates, java.util.function.Function<T, String> id,
			Predicate<T> matches) {
		synchronized (this.claims) {
			for (T candidate : candidates) {
				if (matches.test(candidate) && !claimed(id.apply(candidate))) {
					this.claims.add(id.apply(candidate));
					this.mine.add(id.apply(candidate));
					return Optional.of(candidate);
				}
			}
			return Optional.empty();
		}
	}

	/** Records ids just made, so no search after a lost answer takes them. */
	void claim(Collection<String> ids) {
		synchronized (this.claims) {
			this.claims.addAll(ids);
			this.mine.addAll(ids);
		}
	}

	/**
	 * Gives up the claims of an attempt that failed: nothing records its objects, so the
	 * next attempt must be able to find them.
	 */
	void release() {
		synchronized (this.claims) {
			this.claims.removeAll(this.mine);
			this.mine.clear();
		}
	}

	private boolean claimed(String id) {
		return this.claims.contains(id)
				|| this.results.all().stream().anyMatch((outcome) -> id.equals(outcome.objectId()));
	}

	private Object resolve(Object value) {
		if (value instanceof Ref ref) {
			StepOutcome outcome = this.results.of(ref.step());
			if (outcome == null) {
				throw new IllegalStateException("step " + ref.step() + " has no recorded outcome");
			}
			return outcome.objectId();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> resolved = new LinkedHashMap<>();
			map.forEach((key, item) -> resolved.put(key.toString(), resolve(item)));
			return resolved;
		}
		if (value instanceof List<?> items) {
			List<Object> resolved = new ArrayList<>();
			items.forEach((item) -> resolved.add(resolve(item)));
			return resolved;
		}
		return value;
	}

}
