package io.stackshift.identity.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import io.stackshift.identity.Caller;
import io.stackshift.system.web.RequestLog;
import io.stackshift.identity.Tokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Recognises {@code Authorization: Token <key>}. A request without the header goes on as
 * anonymous (and is refused where authentication is required); a request with a wrong or
 * expired token is refused at once, as Django REST framework does.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String PREFIX = "token ";

	private final Tokens tokens;

	TokenAuthenticationFilter(Tokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		String key = header.substring(PREFIX.length()).trim();
		Optional<Caller> caller = key.isEmpty() ? Optional.empty() : this.tokens.authenticate(key);
		if (caller.isEmpty()) {
			SecurityConfiguration.unauthorized(response, "Invalid token.");
			return;
		}
		List<SimpleGrantedAuthority> authorities = caller.get().staff() ? List.of(new SimpleGrantedAuthority("STAFF"))
				: List.of();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller.get(), null, authorities));
		// For the request log, which outlives the security context.
		request.setAttribute(RequestLog.USER, caller.get().username());
		MDC.put("user", caller.get().username());
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("user");
		}
	}

}
