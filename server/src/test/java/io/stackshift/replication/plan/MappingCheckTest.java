package io.stackshift.replication.plan;

import java.util.List;

import io.stackshift.replication.snapshot.QuotaSnapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MappingCheckTest {

	private static List<FieldError> check(Mappings mappings) {
		return MappingCheck.check(Tenants.shop(), mappings, Tenants.DESTINATION, Tenants.REQUEST);
	}

	private static List<FieldError> checkSubnets(String... cidrs) {
		List<Mappings.SubnetPair> pairs = new java.util.ArrayList<>();
		for (int i = 0; i < cidrs.length; i += 2) {
			pairs.add(new Mappings.SubnetPair(cidrs[i], cidrs[i + 1]));
		}
		return check(new Mappings(null, pairs, null, false, false));
	}

	@Test
	void validMappingsPass() {
		assertThat(checkSubnets("10.0.1.0/24", "192.168.1.0/24", "fd00:1::/64", "fd99::/64")).isEmpty();
	}

	@Test
	void sourceCidrOfNoMigratedSubnetIsRejected() {
		assertThat(checkSubnets("10.0.9.0/24", "192.168.1.0/24")).containsExactly(new FieldError(
				"mappings.subnets[0].src_cidr", "10.0.9.0/24 is not the CIDR of a subnet being migrated."));
	}

	@Test
	void sourceCidrOfASubnetOnAnUnselectedNetworkIsRejected() {
		List<FieldError> errors = check(new Mappings(null,
				List.of(new Mappings.SubnetPair("10.0.1.0/24", "192.168.1.0/24")), List.of("n-db"), false, false));
		assertThat(errors).extracting(FieldError::field).containsExactly("mappings.subnets[0].src_cidr");
	}

	@Test
	void publicDestinationIsRejected() {
		assertThat(checkSubnets("10.0.1.0/24", "8.8.8.0/24")).singleElement().satisfies((error) -> {
			assertThat(error.field()).isEqualTo("mappings.subnets[0].dst_cidr");
			assertThat(error.message()).contains("not a private network CIDR");
		});
		assertThat(checkSubnets("fd00:1::/64", "2001:db8::/64")).extracting(FieldError::field)
			.containsExactly("mappings.subnets[0].dst_cidr");
	}

	@Test
	void destinationOfAnotherSizeIsRejected() {
		assertThat(checkSubnets("10.0.1.0/24", "192.168.0.0/23")).singleElement()
			.satisfies((error) -> assertThat(error.message()).contains("same IP version and prefix length"));
	}

	@Test
	void malformedCidrsAreRejected() {
		assertThat(checkSubnets("10.0.1.5/24", "banana")).extracting(FieldError::field)
			.containsExactly("mappings.subnets[0].src_cidr", "mappings.subnets[0].dst_cidr");
	}

	@Test
	void overlappingDestinationsAreRejected() {
		assertThat(checkSubnets("10.0.1.0/24", "192.168.1.0/24", "10.0.2.0/24", "192.168.1.0/24"))
			.containsExactly(new FieldError("mappings.subnets[1].dst_cidr",
					"192.168.1.0/24 overlaps mappings.subnets[0].dst_cidr (192.168.1.0/24)."));
	}

	@Test
	void destinationOverlappingASubnetThatKeepsItsCidrIsRejected() {
		assertThat(checkSubnets("10.0.1.0/24", "10.0.2.0/24")).singleElement()
			.satisfies((error) -> assertThat(error.message()).contains("overlaps subnet s-db"));
	}

	@Test
	void subnetsMayTradeCidrs() {
		assertThat(checkSubnets("10.0.1.0/24", "10.0.2.0/24", "10.0.2.0/24", "10.0.1.0/24")).isEmpty();
	}

	@Test
	void destinationOverlappingTheExternalNetworkIsRejected() {
		DestinationFacts destination = new DestinationFacts("ext", List.of("192.168.0.0/16"), null, null);
		List<FieldError> errors = MappingCheck.check(Tenants.shop(), new Mappings(null,
				List.of(new Mappings.SubnetPair("10.0.1.0/24", "192.168.1.0/24")), null, false, false), destination,
				Tenants.REQUEST);
		assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(error.message()).contains("external network"));
	}

	@Test
	void sourceCidrMappedTwiceIsRejected() {
		assertThat(checkSubnets("10.0.1.0/24", "192.168.1.0/24", "10.0.1.0/24", "192.168.2.0/24"))
			.containsExactly(new FieldError("mappings.subnets[1].src_cidr", "10.0.1.0/24 is mapped more than once."));
	}

	@Test
	void networkNotInTheSourceTenantIsRejectedNotIgnored() {
		assertThat(check(new Mappings(null, null, List.of("n-web", "n-other"), false, false))).containsExactly(
				new FieldError("mappings.networks[1]", "Network n-other is not a network of the source tenant."));
	}

	@Test
	void volumeTypesUnknownOnEitherSideAreRejectedNamingTheType() {
		List<FieldError> errors = check(new Mappings(List.of(new Mappings.VolumeTypePair("nope", "dst-ssd"),
				new Mappings.VolumeTypePair("src-ssd", "missing")), null, null, false, false));
		assertThat(errors).containsExactly(
				new FieldError("mappings.volume_types[0].src_type_uuid",
						"Volume type nope is not available in the source tenant."),
				new FieldError("mappings.volume_types[1].dst_type_uuid",
						"Volume type missing is not available in the destination cloud."));
	}

	@Test
	void blankNameIsRejected() {
		assertThat(MappingCheck.check(Tenants.shop(), Mappings.NONE, Tenants.DESTINATION,
				new TenantRequest("  ", null, "u", "s")))
			.containsExactly(new FieldError("name", "Ensure that name has at least one non-whitespace character."));
	}

	@Test
	void sourceWithoutQuotasIsRejectedWithAPlainMessage() {
		assertThat(MappingCheck.check(Tenants.withQuotas(Tenants.shop(), QuotaSnapshot.NONE), Mappings.NONE,
				Tenants.DESTINATION, Tenants.REQUEST))
			.containsExactly(new FieldError("non_field_errors", "Source resource does not have limits set."));
	}

	@Test
	void portSyncMayBeCombinedWithSubnetMappings() {
		assertThat(check(Tenants.remapWithPorts("10.0.1.0/24", "192.168.1.0/24"))).isEmpty();
	}

	@Test
	void plannerRefusesRejectedMappings() {
		assertThatExceptionOfType(MappingsRejected.class)
			.isThrownBy(() -> Tenants.plan(Tenants.shop(), Tenants.remap("10.0.9.0/24", "192.168.1.0/24")))
			.satisfies((rejected) -> assertThat(rejected.errors()).hasSize(1));
	}

}
