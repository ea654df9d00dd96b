package io.stackshift.openstack.web;

import java.util.Map;

import io.stackshift.openstack.client.OpenStackException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A cloud that fails a call made for a request (an import, a pull) is not the client's
 * mistake and not ours: 502, with the cloud's own words (never a token or a body).
 */
@RestControllerAdvice(basePackages = "io.stackshift.openstack.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class CloudFailures {

	@ExceptionHandler
	ResponseEntity<Object> cloudFailed(OpenStackException ex) {
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
			.body(Map.of("detail", "The cloud did not answer as expected: " + ex.getMessage()));
	}

}
