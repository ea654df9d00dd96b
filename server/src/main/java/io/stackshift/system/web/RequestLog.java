package io.stackshift.system.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One structured line per API request: method, path, status, duration and who asked.
 * Bodies, headers and query strings are never logged: they are where passwords and tokens
 * travel.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLog extends OncePerRequestFilter {

	/**
	 * Where authentication leaves the caller's username for this log, which outlives the
	 * security context.
	 */
	public static final String USER = RequestLog.class.getName() + ".user";

	private static final Logger log = LoggerFactory.getLogger("io.stackshift.requests");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			long millis = (System.nanoTime() - started) / 1_000_000;
			log.info("method={} path={} status={} duration_ms={} user={}", request.getMethod(), request.getRequestURI(),
					response.getStatus(), millis, caller(request));
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/actuator/");
	}

	private static String caller(HttpServletRequest request) {
		return (request.getAttribute(USER) instanceof String username) ? username : "-";
	}

}
