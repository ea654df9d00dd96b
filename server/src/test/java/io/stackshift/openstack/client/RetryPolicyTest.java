package io.stackshift.openstack.client;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

	private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), 2.0, Duration.ofMillis(1000),
			Duration.ofSeconds(30));

	@Test
	void backsOffExponentiallyWithinTheUpperHalfOfEachStep() {
		assertThat(this.policy.delayAfter(1, Optional.empty(), 0.0)).isEqualTo(Duration.ofMillis(50));
		assertThat(this.policy.delayAfter(1, Optional.empty(), 1.0)).isEqualTo(Duration.ofMillis(100));
		assertThat(this.policy.delayAfter(3, Optional.empty(), 0.0)).isEqualTo(Duration.ofMillis(200));
		assertThat(this.policy.delayAfter(3, Optional.empty(), 1.0)).isEqualTo(Duration.ofMillis(400));
	}

	@Test
	void neverWaitsLongerThanTheCap() {
		assertThat(this.policy.delayAfter(10, Optional.empty(), 1.0)).isEqualTo(Duration.ofMillis(1000));
	}

	@Test
	void waitsAsLongAsTheServiceAsksUpToTheLimit() {
		assertThat(this.policy.delayAfter(1, Optional.of(Duration.ofSeconds(7)), 0.5)).isEqualTo(Duration.ofSeconds(7));
		assertThat(this.policy.tooLongToWait(Optional.of(Duration.ofSeconds(7)))).isFalse();
		assertThat(this.policy.tooLongToWait(Optional.of(Duration.ofMinutes(5)))).isTrue();
	}

}
