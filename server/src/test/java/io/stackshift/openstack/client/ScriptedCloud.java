package io.stackshift.openstack.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A stand-in OpenStack on loopback that answers from a script, for the behaviour a real
 * cloud shows only when it misbehaves: errors, refusals, dropped connections and slow
 * answers. Keystone issues numbered tokens and a catalog whose network endpoint is this
 * server; every other call takes the next scripted answer for its method and path, or
 * {@link #DEFAULT_ANSWER} when none is left.
 */
final class ScriptedCloud implements AutoCloseable {

	/** One scripted answer; {@code drop} closes the connection without answering. */
	record Answer(int status, String body, Map<String, String> headers, long delayMillis, boolean drop) {

		static Answer of(int status, String body) {
			return new Answer(status, body, Map.of(), 0, false);
		}

		static Answer dropped() {
			return new Answer(0, "", Map.of(), 0, true);
		}

		Answer withHeader(String name, String value) {
			return new Answer(this.status, this.body, Map.of(name, value), this.delayMillis, this.drop);
		}

		Answer after(long millis) {
			return new Answer(this.status, this.body, this.headers, millis, this.drop);
		}

	}

	/** A call the cloud received. */
	record Received(String method, String path, String token) {
	}

	/** A network, the resource most tests read. */
	static final Answer DEFAULT_ANSWER = Answer.of(200, "{\"network\": {\"id\": \"n1\", \"name\": \"default\"}}");

	private final HttpServer server;

	private final Map<String, Deque<Answer>> script = new ConcurrentHashMap<>();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger tokens = new AtomicInteger();

	private final Set<String> revoked = ConcurrentHashMap.newKeySet();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger mostInFlight = new AtomicInteger();

	private volatile Instant tokenIssued = Instant.now();

	private volatile Instant tokenExpiry = this.tokenIssued.plusSeconds(3600);

	ScriptedCloud() throws IOException {
		this(null);
	}

	/** Serves HTTPS with the given context's certificate, or plain HTTP when null. */
	ScriptedCloud(SSLContext tls) throws IOException {
		if (tls != null) {
			HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
			https.setHttpsConfigurator(new HttpsConfigurator(tls));
			this.server = https;
		}
		else {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
		}
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String authUrl() {
		return baseUrl() + "/v3";
	}

	private String baseUrl() {
		String scheme = (this.server instanceof HttpsServer) ? "https" : "http";
		return scheme + "://127.0.0.1:" + this.server.getAddress().getPort();
	}

	CloudCredentials.Builder credentials() {
		return CloudCredentials.of(authUrl(), "admin", "admin-secret").projectName("admin", "Default");
	}

	/** Queues answers for {@code method path} (path without query), taken in order. */
	ScriptedCloud on(String method, String path, Answer... answers) {
		this.script.computeIfAbsent(method + " " + path, (key) -> new ArrayDeque<>()).addAll(List.of(answers));
		return this;
	}

	/** The validity of the tokens issued from now on. */
	/** Rejects calls that carry this token with 401, as a cloud does after revocation. */
	void revoke(String token) {
		this.revoked.add(token);
	}

	void tokensValid(Instant issued, Instant expiry) {
		this.tokenIssued = issued;
		this.tokenExpiry = expiry;
	}

	List<Received> received(String method, String path) {
		return this.received.stream()
			.filter((call) -> call.method().equals(method) && call.path().equals(path))
			.toList();
	}

	int tokensIssued() {
		return this.tokens.get();
	}

	int mostInFlight() {
		return this.mostInFlight.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream body = exchange.getRequestBody()) {
			body.readAllBytes();
		}
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		if (method.equals("POST") && path.equals("/v3/auth/tokens")) {
			issueToken(exchange);
			return;
		}
		String token = exchange.getRequestHeaders().getFirst("X-Auth-Token");
		this.received.add(new Received(method, path, token));
		if (this.revoked.contains(token)) {
			send(exchange, 401, "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\"}}");
			return;
		}
		this.mostInFlight.accumulateAndGet(this.inFlight.incrementAndGet(), Math::max);
		Deque<Answer> answers = this.script.get(method + " " + path);
		Answer answer = (answers != null && !answers.isEmpty()) ? answers.poll() : DEFAULT_ANSWER;
		try {
			Thread.sleep(answer.delayMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			// Before answering: the client may send its next call as soon as it has the
			// answer.
			this.inFlight.decrementAndGet();
		}
		if (answer.drop()) {
			exchange.close();
			return;
		}
		answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		send(exchange, answer.status(), answer.body());
	}

	private void issueToken(HttpExchange exchange) throws IOException {
		String base = baseUrl();
		exchange.getResponseHeaders().add("X-Subject-Token", "token-" + this.tokens.incrementAndGet());
		send(exchange, 201,
				"""
						{"token": {"issued_at": "%s", "expires_at": "%s", "user": {"id": "u1"},
						  "project": {"id": "p1", "domain": {"id": "default"}},
						  "catalog": [
						    {"type": "network", "endpoints": [{"interface": "public", "region_id": "RegionOne", "url": "%s"}]},
						    {"type": "identity", "endpoints": [{"interface": "public", "region_id": "RegionOne", "url": "%s/v3"}]}
						  ]}}
						"""
					.formatted(this.tokenIssued, this.tokenExpiry, base, base));
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
