package io.stackshift;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The stackshift service: migrates and replicates OpenStack tenants between clouds.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StackshiftApplication {

	public static void main(String[] args) {
		SpringApplication.run(StackshiftApplication.class, args);
	}

}
