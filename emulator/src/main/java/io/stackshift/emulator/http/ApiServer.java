package io.stackshift.emulator.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.stackshift.emulator.faults.Fault;
import io.stackshift.emulator.faults.FaultDecision;
import io.stackshift.emulator.faults.Faults;

/**
 * The JDK HTTP server in front of one cloud. Per call: route, check the token, wait for a
 * worker slot (the concurrency cap), apply the fault decision, run the handler under the
 * cloud's lock (reads shared, writes exclusive, so every handler sees a consistent state)
 * and count the call. Injected delays are slept outside the lock, so latency never
 * serialises the cloud.
 */
public final class ApiServer {

	private static final String CONTROL_PREFIX = "/_emulator/";

	static {
		// Without TCP_NODELAY the JDK server's separate header and body writes meet the
		// client's delayed ACK: every call would take about 40 ms. Read once, when the
		// JDK's
		// server configuration class loads, so it must be set before the first server
		// starts.
		System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
	}

	private final Routes routes;

	private final Routes control;

	private final TokenCheck tokens;

	private final Faults faults;

	private final RequestStats stats;

	private final ReadWriteLock lock;

	private volatile Gate gate = new Gate(0, null);

	private HttpServer server;

	private String baseUrl;

	private ThreadPoolExecutor executor;

	public ApiServer(Routes routes, Routes control, TokenCheck tokens, Faults faults, RequestStats stats,
			ReadWriteLock lock) {
		this.routes = routes;
		this.control = control;
		this.tokens = tokens;
		this.faults = faults;
		this.stats = stats;
		this.lock = lock;
	}

	public int start(String host, int port) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(host, port), 512);
		AtomicInteger threads = new AtomicInteger();
		// Direct hand-off with a generous maximum: slow and delayed calls must not queue
		// behind each other, the concurrency cap (if any) is what limits parallelism.
		this.executor = new ThreadPoolExecutor(8, 512, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), (task) -> {
			Thread thread = new Thread(task, "emulator-" + port + "-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::serve);
		this.server.start();
		int bound = this.server.getAddress().getPort();
		this.baseUrl = "http://" + host + ":" + bound;
		return bound;
	}

	/**
	 * Runs a call in-process as the given caller, through the same routes, lock and
	 * validations as an HTTP call but without faults or counting (used for seeding).
	 */
	public Reply invoke(String method, String pathAndQuery, tools.jackson.databind.JsonNode body, Caller caller) {
		int question = pathAndQuery.indexOf('?');
		String path = (question < 0) ? pathAndQuery : pathAndQuery.substring(0, question);
		String query = (question < 0) ? null : pathAndQuery.substring(question + 1);
		byte[] bytes = (body != null) ? Json.bytes(body) : new byte[0];
		Call call = new Call(method, path, query, Map.of(), bytes, this.baseUrl);
		call.caller(caller);
		return dispatch(this.routes.find(method, path), call, true);
	}

	public void stop() {
		if (this.server != null) {
			this.server.stop(0);
			this.executor.shutdownNow();
		}
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			Call call = readCall(exchange);
			if (call.path().startsWith(CONTROL_PREFIX)) {
				send(exchange, call, dispatch(this.control.find(call.method(), call.path()), call, false));
				return;
			}
			Routes.Match match = this.routes.find(call.method(), call.path());
			String template = (match != null && match.route() != null) ? match.route().template() : call.path();
			FaultDecision decision = this.faults.decide(call.method(), call.path(), call.objectCount());
			Reply reply = serveWithFaults(call, match, decision);
			this.stats.count(call.method(), template, reply.status());
			send(exchange, call, reply);
		}
	}

	private Reply serveWithFaults(Call call, Routes.Match match, FaultDecision decision) throws IOException {
		Semaphore slots = slots();
		if (slots != null) {
			slots.acquireUninterruptibly();
		}
		try {
			sleep(decision.delayMillis());
			Fault fault = decision.fault();
			if (fault != Fault.NONE) {
				this.stats.countFault(fault.name());
			}
			switch (fault) {
				case DROPPED:
					// The JDK server closes the connection when a handler throws before
					// answering.
					throw new IOException("connection dropped by fault injection");
				case THROTTLED:
					return Faulted.reply(429).withHeader("Retry-After", Integer.toString(decision.retryAfterSeconds()));
				case ERROR:
					return Faulted.reply(500);
				case UNAVAILABLE:
					return Faulted.reply(503);
				case SLOW:
					sleep(decision.slowMillis());
					return dispatch(match, call, true);
				case PERFORMED_BUT_FAILED:
					dispatch(match, call, true);
					return Faulted.reply(500);
				default:
					return dispatch(match, call, true);
			}
		}
		finally {
			if (slots != null) {
				slots.release();
			}
		}
	}

	private Reply dispatch(Routes.Match match, Call call, boolean locked) {
		if (match == null) {
			return Faulted.notFound();
		}
		if (match.route() == null) {
			return Faulted.methodNotAllowed();
		}
		call.params(match.params());
		try {
			if (match.route().needsToken() && call.caller() == null) {
				String token = call.header("x-auth-token");
				Caller caller = (token != null) ? this.tokens.check(token) : null;
				if (caller == null) {
					return Faulted.unauthorized();
				}
				call.caller(caller);
			}
			if (!locked) {
				return match.route().handler().handle(call);
			}
			Lock held = match.route().writes() ? this.lock.writeLock() : this.lock.readLock();
			held.lock();
			try {
				return match.route().handler().handle(call);
			}
			finally {
				held.unlock();
			}
		}
		catch (ApiFailure failure) {
			return failure.reply();
		}
	}

	private Semaphore slots() {
		int cap = this.faults.maxConcurrent();
		Gate current = this.gate;
		if (current.cap != cap) {
			current = new Gate(cap, (cap > 0) ? new Semaphore(cap, true) : null);
			this.gate = current;
		}
		return current.slots;
	}

	private static Call readCall(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		Map<String, String> headers = new HashMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> {
			if (!values.isEmpty()) {
				headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0));
			}
		});
		InetSocketAddress local = exchange.getLocalAddress();
		String base = "http://" + local.getHostString() + ":" + local.getPort();
		return new Call(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
				exchange.getRequestURI().getRawQuery(), headers, body, base);
	}

	private static void send(HttpExchange exchange, Call call, Reply reply) throws IOException {
		var headers = exchange.getResponseHeaders();
		reply.headers().forEach((name, value) -> headers.put(name, List.of(value)));
		headers.putIfAbsent("x-openstack-request-id", List.of("req-" + UUID.randomUUID()));
		boolean noBody = reply.body().length == 0 || call.method().equals("HEAD") || reply.status() == 204;
		if (reply.body().length > 0) {
			headers.putIfAbsent("Content-Type", List.of("application/json"));
		}
		exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
		if (!noBody) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(reply.body());
			}
		}
	}

	private static void sleep(long millis) {
		if (millis <= 0) {
			return;
		}
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Gate(int cap, Semaphore slots) {
	}

}
