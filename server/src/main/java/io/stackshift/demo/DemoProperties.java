package io.stackshift.demo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code stackshift.demo.*}.
 *
 * @param enabled {@code auto} (on when no datasource and no cloud of the operator's is
 * configured), {@code true} or {@code false}
 * @param latency time each emulated API call takes, so progress can be watched; zero for
 * none
 * @param keepState whether the emulated clouds keep their state in the data folder across
 * restarts (the database remembers the demo, so the clouds must too)
 */
@ConfigurationProperties("stackshift.demo")
public record DemoProperties(@DefaultValue("auto") String enabled, @DefaultValue("30ms") Duration latency,
		@DefaultValue("true") boolean keepState) {

	boolean forcedOn() {
		return "true".equalsIgnoreCase(this.enabled);
	}

	boolean forcedOff() {
		return "false".equalsIgnoreCase(this.enabled);
	}

}
