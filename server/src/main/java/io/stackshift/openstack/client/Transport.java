package io.stackshift.openstack.client;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request over the JDK HTTP client and returns the answer, or throws an
 * {@link OpenStackException}. Logs method, path template, status and duration only: URLs
 * carry ids and bodies carry passwords.
 */
final class Transport {

	private static final Logger log = LoggerFactory.getLogger(Transport.class);

	private final HttpClient http;

	private final Duration timeout;

	Transport(CloudCredentials credentials) {
		this.timeout = credentials.requestTimeout();
		// HTTP/1.1: OpenStack's eventlet and uWSGI servers gain nothing from an h2c
		// upgrade.
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(this.timeout)
			.sslContext(TrustedCertificates.sslContext(credentials))
			.build();
	}

	Response send(Request request, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
			.timeout(this.timeout)
			.header("Accept", "application/json")
			.method(request.method(), (request.body() != null) ? HttpRequest.BodyPublishers.ofString(request.body())
					: HttpRequest.BodyPublishers.noBody());
		if (request.body() != null) {
			builder.header("Content-Type", "application/json");
		}
		if (token != null) {
			builder.header("X-Auth-Token", token);
		}
		request.headers().forEach(builder::header);
		long started = System.nanoTime();
		HttpResponse<String> answer;
		try {
			answer = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			log.debug("{} {} failed after {} ms: {}", request.method(), request.pathTemplate(), millisSince(started),
					ex.getClass().getSimpleName());
			throw Failures.unanswered(request, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw Failures.unanswered(request, ex);
		}
		log.debug("{} {} -> {} in {} ms", request.method(), request.pathTemplate(), answer.statusCode(),
				millisSince(started));
		if (answer.statusCode() >= 300) {
			throw Failures.answered(request, answer.statusCode(), answer.headers().firstValue("Retry-After"),
					answer.body());
		}
		return new Response(answer.statusCode(), answer.headers(), (answer.body() != null) ? answer.body() : "");
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
