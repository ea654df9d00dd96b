package io.stackshift.replication.apply;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.Quotas;
import io.stackshift.replication.plan.Step;

/**
 * Sets a service's quota set on the new project. Setting limits is safe to repeat, so
 * there is nothing to look for after a lost answer.
 */
final class QuotaPerformer extends IdentityPerformers.Single {

	private final Function<CloudClient, Quotas> service;

	QuotaPerformer(Function<CloudClient, Quotas> service) {
		this.service = service;
	}

	@Override
	StepOutcome make(Step step, Attributes attributes, Destination destination) {
		Map<String, Long> limits = new LinkedHashMap<>();
		attributes.map("quota_set").forEach((key, value) -> limits.put(key, ((Number) value).longValue()));
		String project = attributes.string("project_id");
		this.service.apply(destination.cloud()).update(project, limits);
		return StepOutcome.adopted(project);
	}

	@Override
	StepOutcome look(Step step, Attributes attributes, Destination destination) {
		return null;
	}

}
