package io.stackshift.replication.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.stackshift.replication.snapshot.PortSnapshot;
import io.stackshift.replication.snapshot.RouterSnapshot;
import io.stackshift.replication.snapshot.SecurityGroupRuleSnapshot;
import io.stackshift.replication.snapshot.SecurityGroupSnapshot;
import io.stackshift.replication.snapshot.Snapshot;
import io.stackshift.replication.snapshot.SubnetSnapshot;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of plans of generated topologies and mappings.
 */
class PlannerProperties {

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	@Provide
	Arbitrary<Topologies.Case> cases() {
		return Combinators
			.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 3),
					Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 4),
					Arbitraries.integers().between(0, 8))
			.as(Topologies::generate);
	}

	private static Plan plan(Topologies.Case generated) {
		return Planner.plan(generated.snapshot(), generated.mappings(), Tenants.DESTINATION, Tenants.REQUEST);
	}

	@Property(tries = 200)
	void generatedMappingsPassTheCheck(@ForAll("cases") Topologies.Case generated) {
		assertThat(MappingCheck.check(generated.snapshot(), generated.mappings(), Tenants.DESTINATION, Tenants.REQUEST))
			.isEmpty();
	}

	@Property(tries = 200)
	void everyMigratedObjectAppearsExactlyOnce(@ForAll("cases") Topologies.Case generated) {
		Plan plan = plan(generated);
		Snapshot snapshot = generated.snapshot();
		List<String> keys = Tenants.keys(plan);
		List<String> expected = new ArrayList<>();
		Set<String> networks = new HashSet<>(generated.mappings().networks());
		snapshot.networks()
			.stream()
			.filter((network) -> networks.isEmpty() || networks.contains(network.id()))
			.forEach((network) -> {
				expected.add(Keys.network(network.id()));
				snapshot.subnetsOf(network.id()).forEach((subnet) -> expected.add(Keys.subnet(subnet.id())));
			});
		for (SecurityGroupSnapshot group : snapshot.securityGroups()) {
			expected.add(Keys.securityGroup(group.id()));
			group.rules().forEach((rule) -> expected.add(Keys.securityGroupRule(rule.id())));
		}
		if (generated.mappings().syncInstancePorts()) {
			snapshot.ports()
				.stream()
				.filter(PortPlanning::isReplicated)
				.filter((port) -> networks.isEmpty() || networks.contains(port.networkId()))
				.forEach((port) -> expected.add(Keys.port(port.id())));
		}
		for (String key : expected) {
			assertThat(keys.stream().filter(key::equals)).as(key).hasSize(1);
		}
		assertThat(keys).doesNotHaveDuplicates();
		assertThat(keys.stream().filter((key) -> key.startsWith("port/")))
			.hasSameSizeAs(expected.stream().filter((key) -> key.startsWith("port/")).toList());
	}

	@Property(tries = 200)
	void stepsComeAfterEverythingTheyDependOnAndDependOnlyOnPlannedSteps(@ForAll("cases") Topologies.Case generated) {
		List<String> keys = Tenants.keys(plan(generated));
		Set<String> seen = new HashSet<>();
		for (Step step : plan(generated).steps()) {
			assertThat(keys).containsAll(step.dependsOn());
			assertThat(seen).as(step.key()).containsAll(step.dependsOn());
			seen.add(step.key());
		}
	}

	@Property(tries = 200)
	void everyReferenceIsToAStepTheReferencingStepWaitsFor(@ForAll("cases") Topologies.Case generated) {
		Plan plan = plan(generated);
		Map<String, Step> steps = new HashMap<>();
		plan.steps().forEach((step) -> steps.put(step.key(), step));
		for (Step step : plan.steps()) {
			Set<String> closure = closure(step, steps);
			assertThat(closure).as(step.key()).containsAll(Ref.within(step.attributes()));
		}
	}

	private static Set<String> closure(Step step, Map<String, Step> steps) {
		Set<String> closure = new HashSet<>();
		List<String> todo = new ArrayList<>(step.dependsOn());
		while (!todo.isEmpty()) {
			String key = todo.remove(todo.size() - 1);
			if (closure.add(key)) {
				todo.addAll(steps.get(key).dependsOn());
			}
		}
		return closure;
	}

	@Property(tries = 200)
	void translatedAddressesLieInTheirDestinationAndKeepTheirHostPart(@ForAll("cases") Topologies.Case generated) {
		Plan plan = plan(generated);
		for (SubnetSnapshot subnet : generated.snapshot().subnets()) {
			plan.step(Keys.subnet(subnet.id())).ifPresent((step) -> {
				IPAddress destination = address((String) step.attributes().get("cidr"));
				IPAddress source = address(subnet.cidr());
				assertThat(destination.getNetworkPrefixLength()).isEqualTo(source.getNetworkPrefixLength());
				if (subnet.gatewayIp() != null) {
					String gateway = (String) step.attributes().get("gateway_ip");
					assertThat(destination.contains(address(gateway))).as(gateway).isTrue();
					assertThat(hostPart(gateway, destination)).isEqualTo(hostPart(subnet.gatewayIp(), source));
				}
				List<?> pools = (List<?>) step.attributes().get("allocation_pools");
				for (Object pool : pools) {
					((Map<?, ?>) pool).values()
						.forEach((value) -> assertThat(destination.contains(address((String) value))).isTrue());
				}
			});
		}
		for (Step port : plan.steps().stream().filter((step) -> step.kind() == Kind.PORT).toList()) {
			PortSnapshot source = generated.snapshot()
				.ports()
				.stream()
				.filter((candidate) -> candidate.id().equals(port.sourceId()))
				.findFirst()
				.orElseThrow();
			List<?> fixedIps = (List<?>) port.attributes().get("fixed_ips");
			for (int i = 0; i < fixedIps.size(); i++) {
				Map<?, ?> fixedIp = (Map<?, ?>) fixedIps.get(i);
				String subnetKey = ((Ref) fixedIp.get("subnet_id")).step();
				if (!fixedIp.containsKey("ip_address")) {
					assertThat(generated.snapshot()
						.subnet(source.fixedIps().get(i).subnetId())
						.orElseThrow()
						.automaticAddresses()).isTrue();
					continue;
				}
				IPAddress destination = address((String) plan.step(subnetKey).orElseThrow().attributes().get("cidr"));
				String ip = (String) fixedIp.get("ip_address");
				assertThat(destination.contains(address(ip))).as(ip + " in " + destination).isTrue();
				SubnetSnapshot subnet = generated.snapshot().subnet(source.fixedIps().get(i).subnetId()).orElseThrow();
				assertThat(hostPart(ip, destination))
					.isEqualTo(hostPart(source.fixedIps().get(i).ipAddress(), address(subnet.cidr())));
			}
		}
	}

	@Property(tries = 200)
	void routerInterfacesAndKeptRoutesUseAddressesOfTheirDestinationSubnets(
			@ForAll("cases") Topologies.Case generated) {
		Plan plan = plan(generated);
		for (Step step : plan.steps()) {
			if (step.kind() == Kind.ROUTER_INTERFACE) {
				String subnet = ((Ref) step.attributes().get("subnet_id")).step();
				IPAddress cidr = address((String) plan.step(subnet).orElseThrow().attributes().get("cidr"));
				assertThat(cidr.contains(address((String) step.attributes().get("ip_address")))).isTrue();
			}
			if (step.kind() == Kind.ROUTER_ROUTES) {
				List<IPAddress> attached = plan.steps()
					.stream()
					.filter((other) -> other.kind() == Kind.ROUTER_INTERFACE && other.parent().equals(step.parent()))
					.map((other) -> ((Ref) other.attributes().get("subnet_id")).step())
					.map((subnet) -> address((String) plan.step(subnet).orElseThrow().attributes().get("cidr")))
					.toList();
				for (Object route : (List<?>) step.attributes().get("routes")) {
					IPAddress nexthop = address((String) ((Map<?, ?>) route).get("nexthop"));
					assertThat(attached).as(nexthop.toString()).anyMatch((cidr) -> cidr.contains(nexthop));
				}
			}
		}
	}

	@Property(tries = 200)
	void nothingIsDroppedSilently(@ForAll("cases") Topologies.Case generated) {
		Plan plan = plan(generated);
		for (RouterSnapshot router : generated.snapshot().routers()) {
			String key = Keys.router(router.id());
			if (plan.step(key).isEmpty()) {
				assertThat(plan.warnings())
					.anyMatch((w) -> w.code().equals("ROUTER_SKIPPED") && w.source().equals(key));
				continue;
			}
			long kept = plan.step(Keys.routerRoutes(router.id()))
				.map((step) -> (long) ((List<?>) step.attributes().get("routes")).size())
				.orElse(0L);
			long dropped = plan.warnings()
				.stream()
				.filter((w) -> w.code().equals("ROUTE_DROPPED") && w.source().equals(key))
				.count();
			assertThat(kept + dropped).as(key).isEqualTo(router.routes().size());
		}
		if (generated.mappings().syncInstancePorts()) {
			generated.snapshot()
				.ports()
				.stream()
				.filter(PortPlanning::isReplicated)
				.map((port) -> Keys.port(port.id()))
				.filter((key) -> plan.step(key).isEmpty())
				.forEach((key) -> assertThat(plan.warnings())
					.anyMatch((w) -> w.code().equals("PORT_SKIPPED") && w.source().equals(key)));
		}
	}

	@Property(tries = 200)
	void everyGroupComesBeforeEveryRule(@ForAll("cases") Topologies.Case generated) {
		List<Kind> kinds = plan(generated).steps().stream().map(Step::kind).toList();
		int lastGroup = kinds.lastIndexOf(Kind.SECURITY_GROUP);
		int firstRule = kinds.indexOf(Kind.SECURITY_GROUP_RULE);
		if (firstRule >= 0) {
			assertThat(lastGroup).isLessThan(firstRule);
		}
	}

	@Property(tries = 200)
	void ruleRemotePrefixesInsideMigratedSubnetsEndUpInTheirDestination(@ForAll("cases") Topologies.Case generated) {
		Plan plan = plan(generated);
		for (SecurityGroupSnapshot group : generated.snapshot().securityGroups()) {
			for (SecurityGroupRuleSnapshot rule : group.rules()) {
				String translated = (String) Tenants.attributes(plan, Keys.securityGroupRule(rule.id()))
					.get("remote_ip_prefix");
				if (rule.remoteIpPrefix() == null) {
					assertThat(translated).isNull();
					continue;
				}
				plan.steps()
					.stream()
					.filter((step) -> step.kind() == Kind.SUBNET)
					.filter((step) -> address(step.sourceId() == null ? null
							: generated.snapshot().subnet(step.sourceId()).orElseThrow().cidr())
						.contains(address(rule.remoteIpPrefix())))
					.forEach((step) -> assertThat(
							address((String) step.attributes().get("cidr")).contains(address(translated)))
						.as(translated)
						.isTrue());
			}
		}
	}

	@Property(tries = 100)
	void planReadBackFromJsonEqualsThePlanWritten(@ForAll("cases") Topologies.Case generated) {
		Plan plan = plan(generated);
		assertThat(JSON.readValue(JSON.writeValueAsString(plan), Plan.class)).isEqualTo(plan);
	}

	@Property(tries = 200)
	void everyRouterTouchingAMigratedSubnetIsPlannedOnceWithOneInterfacePerSuchSubnet(
			@ForAll("cases") Topologies.Case generated) {
		Plan plan = plan(generated);
		Set<String> migrated = new HashSet<>();
		plan.steps()
			.stream()
			.filter((step) -> step.kind() == Kind.SUBNET)
			.forEach((step) -> migrated.add(step.sourceId()));
		for (RouterSnapshot router : generated.snapshot().routers()) {
			List<String> attached = router.interfaces()
				.stream()
				.map(RouterSnapshot.RouterInterface::subnetId)
				.filter(migrated::contains)
				.toList();
			boolean planned = !attached.isEmpty() || router.interfaces().isEmpty();
			assertThat(plan.step(Keys.router(router.id())).isPresent()).as(router.id()).isEqualTo(planned);
			attached.forEach((subnet) -> assertThat(plan.step(Keys.routerInterface(router.id(), subnet))).isPresent());
		}
	}

	@Property(tries = 200)
	void noTwoDestinationSubnetsOverlap(@ForAll("cases") Topologies.Case generated) {
		List<IPAddress> cidrs = plan(generated).steps()
			.stream()
			.filter((step) -> step.kind() == Kind.SUBNET)
			.map((step) -> address((String) step.attributes().get("cidr")))
			.toList();
		for (int i = 0; i < cidrs.size(); i++) {
			for (int j = i + 1; j < cidrs.size(); j++) {
				assertThat(cidrs.get(i).getIPVersion() == cidrs.get(j).getIPVersion()
						&& cidrs.get(i).overlaps(cidrs.get(j)))
					.as(cidrs.get(i) + " and " + cidrs.get(j))
					.isFalse();
			}
		}
	}

	@Property(tries = 200)
	void planIsTheSameWhenComputedTwiceAndWhateverTheListingOrder(@ForAll("cases") Topologies.Case generated,
			@ForAll long seed) {
		Plan plan = plan(generated);
		assertThat(plan(generated)).isEqualTo(plan);
		Snapshot s = generated.snapshot();
		Snapshot shuffled = new Snapshot(s.tenant(), s.quotas(), s.volumeTypes(), shuffle(s.networks(), seed),
				shuffle(s.subnets(), seed), shuffle(s.routers(), seed), shuffle(s.securityGroups(), seed),
				shuffle(s.ports(), seed), s.floatingIps(), s.externalNetworkId());
		assertThat(plan(new Topologies.Case(shuffled, generated.mappings()))).isEqualTo(plan);
	}

	private static <T> List<T> shuffle(List<T> items, long seed) {
		List<T> copy = new ArrayList<>(items);
		Collections.shuffle(copy, new Random(seed));
		return copy;
	}

	private static IPAddress address(String text) {
		return new IPAddressString(text).getAddress();
	}

	private static IPAddress hostPart(String address, IPAddress block) {
		return address(address).mask(block.getHostMask());
	}

}
