package io.stackshift.replication.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CidrMappingTest {

	private final CidrMapping v4 = new CidrMapping("10.0.1.0/24", "192.168.1.0/24");

	@Test
	void addressKeepsItsHostPart() {
		assertThat(this.v4.translate("10.0.1.23")).contains("192.168.1.23");
		assertThat(this.v4.translate("10.0.1.255")).contains("192.168.1.255");
	}

	@Test
	void prefixInsideTheSourceKeepsItsLength() {
		assertThat(this.v4.translate("10.0.1.128/25")).contains("192.168.1.128/25");
		assertThat(this.v4.translate("10.0.1.0/24")).contains("192.168.1.0/24");
	}

	@Test
	void prefixWithHostBitsMeansItsNetworkAsInNeutron() {
		assertThat(this.v4.translate("10.0.1.200/25")).contains("192.168.1.128/25");
	}

	@Test
	void addressOutsideTheSourceIsNotTranslated() {
		assertThat(this.v4.translate("10.0.2.23")).isEmpty();
		assertThat(this.v4.translate("10.0.0.0/16")).isEmpty();
		assertThat(this.v4.translate("fd00::1")).isEmpty();
	}

	@Test
	void ipv6AddressKeepsItsHostPart() {
		CidrMapping v6 = new CidrMapping("fd00:1::/64", "fd12:3456:789a:1::/64");
		assertThat(v6.translate("fd00:1::dead:beef")).contains("fd12:3456:789a:1::dead:beef");
		assertThat(v6.translate("fd00:1::ffff:ffff:ffff:ffff")).contains("fd12:3456:789a:1:ffff:ffff:ffff:ffff");
	}

	@Test
	void cidrsAreNormalised() {
		assertThat(new CidrMapping("fd00:0001:0000::/64", "FD12::/64"))
			.isEqualTo(new CidrMapping("fd00:1::/64", "fd12::/64"));
	}

	@Test
	void sizesAndVersionsMustAgree() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CidrMapping("10.0.1.0/24", "192.168.0.0/23"));
		assertThatIllegalArgumentException().isThrownBy(() -> new CidrMapping("10.0.1.0/24", "fd00::/24"));
		assertThatIllegalArgumentException().isThrownBy(() -> new CidrMapping("10.0.1.7/24", "192.168.1.0/24"));
	}

}
