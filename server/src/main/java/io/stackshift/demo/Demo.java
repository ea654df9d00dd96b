package io.stackshift.demo;

import java.nio.file.Path;
import io.stackshift.openstack.Clouds;
import io.stackshift.system.web.Uuids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Starts the demo when it should run: after the first staff user exists (it imports the
 * demo tenant in that user's name), once the web server listens (it prints where).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class Demo implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Demo.class);

	private final DemoProperties properties;

	private final DemoScene scene;

	private final Clouds clouds;

	private final Environment environment;

	private final Path dataDir;

	private DemoClouds running;

	Demo(DemoProperties properties, DemoScene scene, Clouds clouds, Environment environment,
			@Value("${stackshift.data-dir:./data}") Path dataDir) {
		this.properties = properties;
		this.scene = scene;
		this.clouds = clouds;
		this.environment = environment;
		this.dataDir = dataDir;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!active()) {
			return;
		}
		Path state = this.properties.keepState() ? this.dataDir.resolve("demo-clouds") : null;
		this.running = DemoClouds.start(this.properties, state);
		DemoScene.Ready ready = this.scene.setUp(this.running.source().authUrl(), this.running.destination().authUrl());
		banner(ready);
	}

	/**
	 * Auto mode stays away from anything real: a configured database or a cloud the
	 * operator registered means this is not a first look.
	 */
	private boolean active() {
		if (this.properties.forcedOff()) {
			return false;
		}
		if (this.properties.forcedOn()) {
			return true;
		}
		boolean externalDatabase = !this.environment.getProperty("spring.datasource.url", "").isBlank();
		boolean operatorClouds = this.clouds.findAll().stream().anyMatch((cloud) -> !DemoScene.isDemo(cloud));
		return !externalDatabase && !operatorClouds;
	}

	private void banner(DemoScene.Ready ready) {
		String port = this.environment.getProperty("local.server.port", "8080");
		log.info("""

				============================================================
				 stackshift demo is ready: http://localhost:{}/api/
				   source cloud       {} (tenant "{}" imported as resource {})
				   destination cloud  {} (offering {}, plan {})
				   login              {} (its password was printed at the first start)
				 Try a migration: README.md, section "Try a migration".
				 Run with STACKSHIFT_DEMO_ENABLED=false to start without the demo.
				============================================================""", port, this.running.source().authUrl(),
				ready.tenantName(), ready.resourceUuid(), this.running.destination().authUrl(),
				ready.destinationOffering(), ready.destinationPlan(), ready.login());
	}

	@Override
	public void destroy() {
		if (this.running != null) {
			this.running.close();
		}
	}

}
