package io.stackshift.replication.apply;

import java.util.Set;

import io.stackshift.replication.plan.Action;
import io.stackshift.replication.plan.Step;

/**
 * What OpenStack asks of the order of calls: bulk creates for networks, subnets (across
 * networks), security groups, ports per network and rules per group; one call at a time
 * per router and per security group (concurrent changes to one conflict or crawl); no two
 * creates of objects with the same name at once (a lost answer is resolved by name);
 * identity and quotas before any other object, since Neutron checks the quota at create
 * time.
 */
public final class OpenStackScheduling implements Scheduling {

	/**
	 * Neutron's API workers take a bulk call in one transaction; a few hundred objects
	 * per call keeps each well under a client timeout.
	 */
	private static final int MAX_BATCH = 100;

	@Override
	public String batchOf(Step step) {
		if (step.action() != Action.CREATE) {
			return switch (step.kind()) {
				case SECURITY_GROUP_RULE -> "rules " + step.parent();
				default -> null;
			};
		}
		return switch (step.kind()) {
			case NETWORK -> "networks";
			case SUBNET -> "subnets";
			case SECURITY_GROUP -> "security groups";
			case SECURITY_GROUP_RULE -> "rules " + step.parent();
			case PORT -> "ports " + step.parent();
			default -> null;
		};
	}

	@Override
	public Set<String> locksOf(Step step) {
		return switch (step.kind()) {
			case SECURITY_GROUP_RULE, ROUTER_GATEWAY, ROUTER_INTERFACE, ROUTER_ROUTES -> Set.of(step.parent());
			case NETWORK, ROUTER, SECURITY_GROUP -> Set.of(step.kind() + " named " + step.name());
			default -> Set.of();
		};
	}

	@Override
	public int phaseOf(Step step) {
		return switch (step.kind()) {
			case PROJECT, USER, ROLE_ASSIGNMENT, NEUTRON_QUOTAS, NOVA_QUOTAS, CINDER_QUOTAS -> 0;
			default -> 1;
		};
	}

	@Override
	public int maxBatch() {
		return MAX_BATCH;
	}

}
