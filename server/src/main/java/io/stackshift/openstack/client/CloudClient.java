package io.stackshift.openstack.client;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The entry point: one client per set of credentials, thread-safe, holding one token at a
 * time. Calls to one cloud share its concurrency and rate limits across clients.
 *
 * <pre>
 * CloudClient cloud = new CloudClient(CloudCredentials.of(url, "admin", secret).projectName("admin", "Default").build());
 * Project project = cloud.identity().createProject(Project.named("acme", "default"));
 * cloud.networking().inProject(project.id()).networks().create(Network.named("web"));
 * </pre>
 */
public final class CloudClient {

	private final CloudCredentials credentials;

	private final Dispatcher dispatcher;

	private final Identity identity;

	private final Networking networking;

	private final BlockStorage blockStorage;

	private final Compute compute;

	public CloudClient(CloudCredentials credentials) {
		this(credentials, RetryPolicy.defaults());
	}

	public CloudClient(CloudCredentials credentials, RetryPolicy retryPolicy) {
		this(credentials, retryPolicy, Clock.systemUTC());
	}

	CloudClient(CloudCredentials credentials, RetryPolicy retryPolicy, Clock clock) {
		this.credentials = credentials;
		this.dispatcher = new Dispatcher(credentials, retryPolicy, clock);
		this.identity = new Identity(new Service(this.dispatcher, credentials, List.of("identity"), "/v3", Map.of()));
		this.networking = new Networking(
				new Service(this.dispatcher, credentials, List.of("network"), "/v2.0", Map.of()), null);
		this.blockStorage = new BlockStorage(
				new Service(this.dispatcher, credentials, List.of("block-storage", "volumev3"), null, Map.of()));
		this.compute = new Compute(new Service(this.dispatcher, credentials, List.of("compute"), null, Map.of()));
	}

	/** How long the client waits for one answer before it gives the call up. */
	public Duration requestTimeout() {
		return this.credentials.requestTimeout();
	}

	public Identity identity() {
		return this.identity;
	}

	public Networking networking() {
		return this.networking;
	}

	public BlockStorage blockStorage() {
		return this.blockStorage;
	}

	public Compute compute() {
		return this.compute;
	}

	/** The project the client's token is scoped to. */
	public String projectId() {
		return this.dispatcher.session().current().projectId();
	}

	/** The domain of that project, where new projects and users usually go. */
	public String projectDomainId() {
		return this.dispatcher.session().current().projectDomainId();
	}

	/**
	 * Whether the token's catalog has an endpoint of this service type (e.g.
	 * {@code network}) on the credentials' interface and region; authenticates if needed.
	 */
	public boolean offers(String serviceType) {
		Token token = this.dispatcher.session().current();
		return token.catalog()
			.url(List.of(serviceType), this.credentials.region(), this.credentials.endpointInterface().catalogName(),
					token.projectId())
			.isPresent();
	}

	/** How many tokens this client has requested from Keystone so far. */
	public int tokenRequests() {
		return this.dispatcher.session().authentications();
	}

	Session session() {
		return this.dispatcher.session();
	}

}
