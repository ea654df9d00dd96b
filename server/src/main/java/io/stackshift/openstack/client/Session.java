package io.stackshift.openstack.client;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keystone v3 password authentication for one set of credentials. A token is reused until
 * shortly before it expires, since clouds limit token requests (e.g. 60 per minute);
 * {@link #renew(Token)} replaces a token the services rejected, once for all threads that
 * saw it rejected.
 */
final class Session {

	private final CloudCredentials credentials;

	private final Function<Request, Response> anonymous;

	private final Clock clock;

	private final AtomicInteger authentications = new AtomicInteger();

	private Token current;

	Session(CloudCredentials credentials, Function<Request, Response> anonymous, Clock clock) {
		this.credentials = credentials;
		this.anonymous = anonymous;
		this.clock = clock;
	}

	synchronized Token current() {
		if (this.current == null || !this.current.usableAt(this.clock.instant())) {
			this.current = authenticate();
		}
		return this.current;
	}

	/**
	 * A fresh token in place of {@code rejected}, unless another thread already replaced
	 * it.
	 */
	synchronized Token renew(Token rejected) {
		if (this.current == null || this.current.value().equals(rejected.value())) {
			this.current = authenticate();
		}
		return this.current;
	}

	/** How many tokens this session has asked Keystone for. */
	int authentications() {
		return this.authentications.get();
	}

	private Token authenticate() {
		String url = this.credentials.identityV3() + "/auth/tokens";
		// Asking for a token changes nothing on the cloud: safe to repeat.
		Request request = new Request("POST", "/v3/auth/tokens", URI.create(url), body(), Map.of(), true);
		Response response = this.anonymous.apply(request);
		this.authentications.incrementAndGet();
		String value = response.header("X-Subject-Token")
			.orElseThrow(() -> new IllegalStateException("Keystone returned no X-Subject-Token"));
		JsonNode token = Json.MAPPER.readTree(response.body()).path("token");
		JsonNode project = token.path("project");
		Instant expiresAt = Instant.parse(token.path("expires_at").asString());
		String issuedAt = token.path("issued_at").asString("");
		return new Token(value, issuedAt.isEmpty() ? this.clock.instant() : Instant.parse(issuedAt), expiresAt,
				token.path("user").path("id").asString(null), project.path("id").asString(null),
				project.path("domain").path("id").asString(null), ServiceCatalog.from(token.get("catalog")));
	}

	private String body() {
		ObjectNode auth = Json.MAPPER.createObjectNode();
		ObjectNode identity = auth.putObject("auth").putObject("identity");
		identity.putArray("methods").add("password");
		ObjectNode user = identity.putObject("password").putObject("user");
		user.put("name", this.credentials.username());
		user.putObject("domain").put("name", this.credentials.userDomainName());
		user.put("password", this.credentials.password());
		ObjectNode project = ((ObjectNode) auth.get("auth")).putObject("scope").putObject("project");
		if (this.credentials.projectId() != null) {
			project.put("id", this.credentials.projectId());
		}
		else {
			project.put("name", this.credentials.projectName());
			project.putObject("domain").put("name", this.credentials.projectDomainName());
		}
		return Json.MAPPER.writeValueAsString(auth);
	}

}
