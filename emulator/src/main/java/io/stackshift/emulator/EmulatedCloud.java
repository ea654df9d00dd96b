package io.stackshift.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

import io.stackshift.emulator.cinder.CinderApi;
import io.stackshift.emulator.faults.Faults;
import io.stackshift.emulator.http.ApiServer;
import io.stackshift.emulator.http.Caller;
import io.stackshift.emulator.http.Json;
import io.stackshift.emulator.http.RequestStats;
import io.stackshift.emulator.http.Routes;
import io.stackshift.emulator.keystone.AuthApi;
import io.stackshift.emulator.keystone.Catalog;
import io.stackshift.emulator.keystone.GrantsApi;
import io.stackshift.emulator.keystone.Identity;
import io.stackshift.emulator.keystone.ProjectsApi;
import io.stackshift.emulator.keystone.Tokens;
import io.stackshift.emulator.keystone.UsersApi;
import io.stackshift.emulator.neutron.NeutronApi;
import io.stackshift.emulator.nova.NovaApi;
import io.stackshift.emulator.seed.Seeded;
import io.stackshift.emulator.seed.Seeder;
import io.stackshift.emulator.seed.Topology;

/**
 * One emulated OpenStack cloud on 127.0.0.1: Keystone at {@code /v3}, Neutron at
 * {@code /v2.0}, Cinder at {@code /volume/v3/{project}}, Nova at {@code /v2.1}, and the
 * emulator's own control endpoints at {@code /_emulator/}. Each instance has its own
 * state, so a test can run a source and a destination cloud side by side.
 *
 * <pre>
 * try (EmulatedCloud cloud = EmulatedCloud.start()) {
 *     String authUrl = cloud.authUrl(); // http://127.0.0.1:port/v3, admin / admin-secret
 * }
 * </pre>
 */
public final class EmulatedCloud implements AutoCloseable {

	public static final String ADMIN_USER = "admin";

	public static final String ADMIN_PASSWORD = "admin-secret";

	public static final String ADMIN_PROJECT = "admin";

	private final EmulatorOptions options;

	private final CloudState state;

	private final Faults faults;

	private final RequestStats stats = new RequestStats();

	private final ApiServer server;

	private String adminProjectId;

	private String adminUserId;

	private int port;

	private EmulatedCloud(EmulatorOptions options) {
		this.options = options;
		Clock clock = Clock.systemUTC();
		this.state = new CloudState(clock);
		this.faults = new Faults(options.faults());
		Tokens tokens = new Tokens(options.tokenLifetime(), clock);
		Routes routes = new Routes();
		new AuthApi(this.state.identity, tokens, new Catalog()).register(routes);
		new ProjectsApi(this.state.identity).register(routes);
		new UsersApi(this.state.identity, tokens).register(routes);
		new GrantsApi(this.state.identity).register(routes);
		new NeutronApi(this.state.neutron).register(routes);
		new CinderApi(this.state.volumeTypes).register(routes);
		new NovaApi(this.state.compute).register(routes);
		Routes control = new Routes();
		new ControlApi(this).register(control);
		this.server = new ApiServer(routes, control, tokens, this.faults, this.stats, this.state.lock);
	}

	public static EmulatedCloud start() {
		return start(EmulatorOptions.defaults());
	}

	public static EmulatedCloud start(EmulatorOptions options) {
		EmulatedCloud cloud = new EmulatedCloud(options);
		boolean restored = false;
		try {
			Path snapshot = options.snapshot();
			if (snapshot != null && Files.exists(snapshot)) {
				restored = true;
				cloud.state.load(Json.parse(Files.readAllBytes(snapshot)));
				cloud.findAdmin();
			}
			else {
				cloud.bootstrap();
			}
			cloud.port = cloud.server.start("127.0.0.1", options.port());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the emulated cloud", ex);
		}
		// A restored cloud already holds what it was seeded with.
		if (options.seed() != null && !restored) {
			cloud.seed(options.seed());
		}
		return cloud;
	}

	/**
	 * The same fixture as the harness: Default domain, four roles, admin, network public.
	 */
	private void bootstrap() {
		Identity identity = this.state.identity;
		identity.put(new Identity.Domain(Identity.DEFAULT_DOMAIN, "Default", "The default domain", true));
		for (String role : new String[] { "reader", "admin", "service", "member" }) {
			identity.put(new Identity.Role(Identity.newId(), role));
		}
		this.adminProjectId = Identity.newId();
		identity.put(new Identity.Project(this.adminProjectId, ADMIN_PROJECT, Identity.DEFAULT_DOMAIN,
				"Bootstrap project for initializing the cloud.", true, java.util.List.of()));
		identity.put(new Identity.Project(Identity.newId(), "service", Identity.DEFAULT_DOMAIN, "", true,
				java.util.List.of()));
		this.adminUserId = Identity.newId();
		identity.put(new Identity.User(this.adminUserId, ADMIN_USER, Identity.DEFAULT_DOMAIN, ADMIN_PASSWORD, true,
				null, null));
		identity.grant(this.adminUserId, this.adminProjectId, identity.roleByName("admin").id());
		new NeutronApi(this.state.neutron).createFixture(this.adminProjectId);
	}

	private void findAdmin() {
		this.adminProjectId = this.state.identity.projectByName(ADMIN_PROJECT, Identity.DEFAULT_DOMAIN).id();
		this.adminUserId = this.state.identity.userByName(ADMIN_USER, Identity.DEFAULT_DOMAIN).id();
	}

	/** {@code http://127.0.0.1:<port>/v3}, what a client gives as its auth URL. */
	public String authUrl() {
		return baseUrl() + "/v3";
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	public int port() {
		return this.port;
	}

	public String adminProjectId() {
		return this.adminProjectId;
	}

	/** The fault switch: replace the plan or inject a rule at any time. */
	public Faults faults() {
		return this.faults;
	}

	public RequestStats stats() {
		return this.stats;
	}

	/** Creates a topology through the cloud's own APIs, as the cloud admin. */
	public Seeded seed(Topology topology) {
		Caller admin = new Caller(this.adminUserId, ADMIN_USER, this.adminProjectId,
				Set.of("admin", "member", "reader"));
		return new Seeder((method, path, body) -> this.server.invoke(method, path, body, admin), this.adminProjectId)
			.seed(topology);
	}

	/**
	 * Writes the state as JSON; {@link EmulatorOptions#snapshot()} loads it at the next
	 * start.
	 */
	public void saveSnapshot(Path file) {
		try {
			this.state.save(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write snapshot " + file, ex);
		}
	}

	tools.jackson.databind.node.ObjectNode stateJson() {
		this.state.lock.readLock().lock();
		try {
			return this.state.toJson();
		}
		finally {
			this.state.lock.readLock().unlock();
		}
	}

	@Override
	public void close() {
		this.server.stop();
		if (this.options.snapshot() != null) {
			saveSnapshot(this.options.snapshot());
		}
	}

}
