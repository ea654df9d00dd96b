package io.stackshift.replication.apply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.stackshift.openstack.client.CloudClient;
import io.stackshift.openstack.client.OpenStackException;
import io.stackshift.replication.plan.Kind;
import io.stackshift.replication.plan.Step;

/**
 * Performs steps against the destination with the performer of their kind, and makes a
 * lost answer harmless: after a failure that may have made the object anyway
 * ({@link OpenStackException#ambiguous()}), or when an earlier walk may have sent the
 * call, it looks for the object and adopts it before it tries again. A failure the client
 * already retried is tried again a few times, since a walk can wait longer than one call.
 */
public final class StepRunner implements Work {

	// Ten percent of calls failing gives about one step in ten thousand that fails five
	// times in a row; more attempts would hide a cloud that is really down.
	private static final int ATTEMPTS = 5;

	private final CloudClient cloud;

	private final UUID execution;

	private final Secrets secrets;

	private final Map<Kind, Performer> performers = new EnumMap<>(Kind.class);

	private final Set<String> claims = ConcurrentHashMap.newKeySet();

	public StepRunner(CloudClient cloud, UUID execution, Secrets secrets) {
		this.cloud = cloud;
		this.execution = execution;
		this.secrets = secrets;
		IdentityPerformers.register(this.performers);
		this.performers.put(Kind.NEUTRON_QUOTAS, new QuotaPerformer((c) -> c.networking().quotas()));
		this.performers.put(Kind.NOVA_QUOTAS, new QuotaPerformer((c) -> c.compute().quotas()));
		this.performers.put(Kind.CINDER_QUOTAS, new QuotaPerformer((c) -> c.blockStorage().quotas()));
		this.performers.put(Kind.SECURITY_GROUP, new SecurityGroupPerformer());
		this.performers.put(Kind.SECURITY_GROUP_RULE, new RulePerformer());
		this.performers.put(Kind.NETWORK, new NetworkPerformer());
		this.performers.put(Kind.SUBNET, new SubnetPerformer());
		this.performers.put(Kind.SUBNET_DHCP, new SubnetDhcpPerformer());
		RouterPerformers.register(this.performers);
		this.performers.put(Kind.PORT, new PortPerformer());
	}

	/**
	 * An abandoned call lands within the client's answer timeout, or the cloud answered
	 * it too late for any client: Neutron and Keystone finish what they received whether
	 * or not the caller still listens.
	 */
	@Override
	public Duration landing() {
		return this.cloud.requestTimeout();
	}

	@Override
	public Map<String, StepOutcome> perform(List<Step> steps, Results results, boolean mayHaveRun)
			throws InterruptedException {
		Performer performer = this.performers.get(steps.get(0).kind());
		Destination destination = new Destination(this.cloud, this.execution, results, this.claims, this.secrets);
		boolean look = mayHaveRun;
		RuntimeException last = null;
		boolean lookedAgain = false;
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			Map<String, StepOutcome> outcomes = new LinkedHashMap<>();
			try {
				List<Step> remaining = steps;
				if (look) {
					outcomes.putAll(performer.find(steps, destination));
					remaining = new ArrayList<>(steps.stream().filter((s) -> !outcomes.containsKey(s.key())).toList());
				}
				if (!remaining.isEmpty()) {
					outcomes.putAll(performer.perform(remaining, destination));
				}
				return outcomes;
			}
			catch (OpenStackException ex) {
				if (!ex.ambiguous() && !ex.retryable() && !(refusedAsTaken(ex) && !lookedAgain)) {
					throw ex;
				}
				// a call of an earlier walk (or of a thread that outlived its walk) may
				// land after we looked: the cloud then refuses ours as a duplicate, and
				// looking once more finds the object
				lookedAgain = lookedAgain || refusedAsTaken(ex);
				// an attempt may have made some objects before it failed: they are not
				// recorded, so they are unclaimed again and the next attempt looks first
				destination.release();
				look = true;
				last = ex;
				// a refused duplicate waits for the earlier call to land
				Thread.sleep(refusedAsTaken(ex) ? 1000L : 100L * attempt);
			}
		}
		throw last;
	}

	private static boolean refusedAsTaken(OpenStackException ex) {
		return ex.kind() == OpenStackException.Kind.CONFLICT || ex.kind() == OpenStackException.Kind.BAD_REQUEST;
	}

}
