package io.stackshift.replication.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.stackshift.replication.snapshot.QuotaSnapshot;
import io.stackshift.replication.snapshot.Snapshot;
import io.stackshift.replication.snapshot.VolumeTypeSnapshot;

/**
 * Quotas, pushed right after the project exists and before anything else. Every source
 * limit is carried in OpenStack's own keys with {@code -1} (unlimited) and {@code 0} kept
 * as they are (B13, B24). Per-volume-type Cinder limits follow the volume-type mapping,
 * summed when several source types map to one destination type, and kept under their own
 * name when the destination has a type of that name (B12). Neutron limits are raised,
 * with a warning, to what the plan itself creates. Runs after the other passes, since it
 * counts their steps.
 */
final class QuotaPlanning {

	/** Neutron's defaults, used when the source has no limit of its own. */
	private static final Map<String, Long> NEUTRON_DEFAULTS = Map.of("network", 100L, "subnet", 100L, "port", 500L,
			"router", 10L, "security_group", 10L, "security_group_rule", 100L);

	private static final Pattern PER_TYPE = Pattern.compile("^(gigabytes|volumes|snapshots)_(.+)$");

	private final Snapshot snapshot;

	private final Mappings mappings;

	private final DestinationFacts destination;

	private final Draft draft;

	QuotaPlanning(Snapshot snapshot, Mappings mappings, DestinationFacts destination, Draft draft) {
		this.snapshot = snapshot;
		this.mappings = mappings;
		this.destination = destination;
		this.draft = draft;
	}

	void plan() {
		QuotaSnapshot quotas = this.snapshot.quotas();
		add(Keys.NEUTRON_QUOTAS, Kind.NEUTRON_QUOTAS, neutron(quotas.neutron()));
		add(Keys.NOVA_QUOTAS, Kind.NOVA_QUOTAS, new TreeMap<>(quotas.nova()));
		add(Keys.CINDER_QUOTAS, Kind.CINDER_QUOTAS, cinder(quotas.cinder()));
	}

	private void add(String key, Kind kind, Map<String, Long> limits) {
		this.draft.add(new Step(key, kind, Action.UPDATE, kind.label(), null, null,
				Attributes.of()
					.put("project_id", Ref.to(Keys.PROJECT))
					.put("quota_set", Collections.unmodifiableMap(new TreeMap<>(limits)))
					.build(),
				List.of()));
	}

	private Map<String, Long> neutron(Map<String, Long> source) {
		Map<String, Long> limits = new TreeMap<>(source);
		Map<String, Long> needed = new LinkedHashMap<>();
		needed.put("network", count(Kind.NETWORK, Action.CREATE));
		needed.put("subnet", count(Kind.SUBNET, Action.CREATE));
		needed.put("router", count(Kind.ROUTER, Action.CREATE));
		needed.put("port", count(Kind.PORT, Action.CREATE) + count(Kind.ROUTER_INTERFACE, Action.CREATE) + dhcpPorts());
		// the destination's own default group exists whether or not the source has one
		needed.put("security_group", count(Kind.SECURITY_GROUP, Action.CREATE) + 1);
		// at the peak, Neutron's automatic rules exist next to every created rule
		needed.put("security_group_rule",
				count(Kind.SECURITY_GROUP_RULE, Action.CREATE) + this.destination.automaticDefaultRules().size());
		needed.forEach((name, count) -> raise(limits, name, count));
		return limits;
	}

	private void raise(Map<String, Long> limits, String name, long needed) {
		Long limit = limits.get(name);
		if (limit == null && needed > NEUTRON_DEFAULTS.get(name)) {
			limits.put(name, needed);
			this.draft.warn("QUOTA_RAISED", Keys.NEUTRON_QUOTAS,
					"Neutron quota " + name + " is set to " + needed
							+ ": the source has none and the plan needs more than Neutron's default "
							+ NEUTRON_DEFAULTS.get(name) + ".");
		}
		else if (limit != null && limit != -1 && limit < needed) {
			limits.put(name, needed);
			this.draft.warn("QUOTA_RAISED", Keys.NEUTRON_QUOTAS, "Neutron quota " + name + " is raised from " + limit
					+ " to " + needed + ": the plan itself needs " + needed + ".");
		}
	}

	private long count(Kind kind, Action action) {
		return this.draft.count(kind, action);
	}

	/** One DHCP port per network with a DHCP subnet (more with several DHCP agents). */
	private long dhcpPorts() {
		List<Step> steps = this.draft.steps();
		List<String> deferred = steps.stream()
			.filter((step) -> step.kind() == Kind.SUBNET_DHCP)
			.map(Step::parent)
			.toList();
		return steps.stream()
			.filter((step) -> step.kind() == Kind.SUBNET)
			.filter((step) -> Boolean.TRUE.equals(step.attributes().get("enable_dhcp"))
					|| deferred.contains(step.key()))
			.map(Step::parent)
			.distinct()
			.count();
	}

	private Map<String, Long> cinder(Map<String, Long> source) {
		Map<String, Long> limits = new TreeMap<>();
		source.forEach((key, value) -> {
			Matcher perType = PER_TYPE.matcher(key);
			if (!perType.matches()) {
				limits.put(key, value);
				return;
			}
			Optional<String> target = destinationType(perType.group(2));
			if (target.isEmpty()) {
				this.draft.warn("VOLUME_TYPE_QUOTA_DROPPED", Keys.CINDER_QUOTAS,
						"Cinder quota " + key + " = " + value + " is dropped: volume type " + perType.group(2)
								+ " is not mapped and the destination has no type of that name.");
				return;
			}
			limits.merge(perType.group(1) + "_" + target.get(), value, QuotaPlanning::sum);
		});
		return limits;
	}

	private Optional<String> destinationType(String sourceName) {
		Optional<String> sourceId = this.snapshot.volumeTypes()
			.stream()
			.filter((type) -> type.name().equals(sourceName))
			.map(VolumeTypeSnapshot::id)
			.findFirst();
		Optional<String> mapped = sourceId.flatMap((
				id) -> this.mappings.volumeTypes().stream().filter((pair) -> pair.srcTypeUuid().equals(id)).findFirst())
			.flatMap((pair) -> this.destination.volumeTypes()
				.stream()
				.filter((type) -> type.id().equals(pair.dstTypeUuid()))
				.findFirst())
			.map(VolumeTypeSnapshot::name);
		if (mapped.isPresent()) {
			return mapped;
		}
		return this.destination.volumeTypes()
			.stream()
			.map(VolumeTypeSnapshot::name)
			.filter(sourceName::equals)
			.findFirst();
	}

	/** Unlimited absorbs everything; otherwise limits add up. */
	private static long sum(long one, long other) {
		return (one == -1 || other == -1) ? -1 : one + other;
	}

}
