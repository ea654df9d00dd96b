package io.stackshift.openstack.client;

import java.net.http.HttpHeaders;
import java.util.Optional;

/** A successful answer: status, headers and the body as text (empty when none). */
record Response(int status, HttpHeaders headers, String body) {

	Optional<String> header(String name) {
		return this.headers.firstValue(name);
	}

}
