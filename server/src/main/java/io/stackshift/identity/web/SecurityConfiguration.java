package io.stackshift.identity.web;

import java.io.IOException;

import io.stackshift.identity.Tokens;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Stateless token authentication ({@code Authorization: Token <key>}) for the whole API.
 * Only the login, health, metrics and API documentation are open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String NO_CREDENTIALS = "Authentication credentials were not provided.";

	@Bean
	SecurityFilterChain api(HttpSecurity http, Tokens tokens) throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/api-auth/password/", "/actuator/health", "/actuator/health/**", "/actuator/info",
						"/actuator/prometheus", "/api/schema", "/api/schema/**", "/api/docs", "/api/docs/**",
						"/api/swagger-ui/**", "/error")
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(new TokenAuthenticationFilter(tokens), AnonymousAuthenticationFilter.class)
			.exceptionHandling((handling) -> handling
				.authenticationEntryPoint((request, response, ex) -> unauthorized(response, NO_CREDENTIALS))
				.accessDeniedHandler((request, response, ex) -> write(response, HttpStatus.FORBIDDEN,
						"You do not have permission to perform this action.")));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default; the {id} prefix lets a later release move to a stronger
		// scheme.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	static void unauthorized(HttpServletResponse response, String detail) throws IOException {
		response.setHeader("WWW-Authenticate", "Token");
		write(response, HttpStatus.UNAUTHORIZED, detail);
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write("{\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}");
	}

}
