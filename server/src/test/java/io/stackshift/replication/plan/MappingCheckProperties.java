package io.stackshift.replication.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Arbitrary, often wrong, subnet mappings: either the check rejects them, naming fields
 * that exist, and the planner refuses them, or the plan they give is sound.
 */
class MappingCheckProperties {

	private static final String FIELD = "name|non_field_errors|mappings\\.networks\\[\\d+\\]"
			+ "|mappings\\.subnets\\[\\d+\\]\\.(src|dst)_cidr|mappings\\.volume_types\\[\\d+\\]\\.(src|dst)_type_uuid";

	private static final List<String> DESTINATIONS = List.of("10.128.0.0/", "10.128.0.0/", "10.129.0.0/",
			"192.168.0.0/", "192.168.1.0/", "8.8.8.0/", "203.0.113.0/", "fd12::/", "fd12:0:0:1::/", "2001:db8::/",
			"banana/");

	record Attempt(Topologies.Case generated, Mappings mappings) {
	}

	@Provide
	Arbitrary<Attempt> attempts() {
		return Combinators
			.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3),
					Arbitraries.longs())
			.as((seed, networks, subnets, wrongness) -> {
				Topologies.Case generated = Topologies.generate(seed, networks, subnets, 1, 2, 3);
				return new Attempt(generated, wrongMappings(generated, new Random(wrongness)));
			});
	}

	private static Mappings wrongMappings(Topologies.Case generated, Random random) {
		List<Mappings.SubnetPair> pairs = new ArrayList<>();
		List<io.stackshift.replication.snapshot.SubnetSnapshot> subnets = generated.snapshot().subnets();
		for (int i = 0; i < 1 + random.nextInt(3); i++) {
			String source = (random.nextInt(8) == 0) ? "10.99.0.0/24"
					: subnets.get(random.nextInt(subnets.size())).cidr();
			IPAddress block = new IPAddressString(source).getAddress();
			int length = (random.nextInt(8) == 0) ? 16 + random.nextInt(13) : block.getNetworkPrefixLength();
			String destination;
			if (random.nextInt(4) == 0) {
				destination = DESTINATIONS.get(random.nextInt(DESTINATIONS.size()));
			}
			else {
				destination = block.isIPv4() ? "10." + (128 + random.nextInt(6)) + ".0.0/"
						: "fd12:" + Integer.toHexString(random.nextInt(6)) + "::/";
			}
			pairs.add(new Mappings.SubnetPair(source, destination + length));
		}
		List<String> networks = (random.nextInt(3) > 0) ? List.of()
				: List.of("n-0", random.nextBoolean() ? "n-1" : "n-9");
		return new Mappings(null, pairs, networks, false, random.nextBoolean());
	}

	@Property(tries = 500)
	void rejectedMappingsNameRealFieldsAndAcceptedOnesGiveASoundPlan(@ForAll("attempts") Attempt attempt) {
		List<FieldError> errors = MappingCheck.check(attempt.generated().snapshot(), attempt.mappings(),
				Tenants.DESTINATION, Tenants.REQUEST);
		Statistics.label("outcome").collect(errors.isEmpty() ? "accepted" : "rejected");
		if (!errors.isEmpty()) {
			assertThat(errors).allSatisfy((error) -> {
				assertThat(error.field()).matches(FIELD);
				assertThat(error.message()).isNotBlank();
			});
			assertThatExceptionOfType(MappingsRejected.class).isThrownBy(() -> Planner
				.plan(attempt.generated().snapshot(), attempt.mappings(), Tenants.DESTINATION, Tenants.REQUEST));
			return;
		}
		Plan plan = Planner.plan(attempt.generated().snapshot(), attempt.mappings(), Tenants.DESTINATION,
				Tenants.REQUEST);
		List<IPAddress> cidrs = plan.steps()
			.stream()
			.filter((step) -> step.kind() == Kind.SUBNET)
			.map((step) -> new IPAddressString((String) step.attributes().get("cidr")).getAddress())
			.toList();
		for (int i = 0; i < cidrs.size(); i++) {
			for (int j = i + 1; j < cidrs.size(); j++) {
				IPAddress one = cidrs.get(i);
				IPAddress other = cidrs.get(j);
				assertThat(one.getIPVersion() == other.getIPVersion() && one.overlaps(other)).as(one + " and " + other)
					.isFalse();
			}
		}
	}

}
