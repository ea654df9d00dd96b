package io.stackshift.openstack.client;

import java.net.URI;
import java.util.Map;

/**
 * One HTTP call to a service, before a token is added.
 *
 * @param pathTemplate the path with placeholders, for messages and logs; never ids
 * @param body JSON text or null
 * @param idempotent whether performing the call twice has the same effect as once (GET,
 * DELETE, PUT or PATCH of attributes); creates and actions are not
 */
record Request(String method, String pathTemplate, URI uri, String body, Map<String, String> headers,
		boolean idempotent) {

	Request {
		headers = Map.copyOf(headers);
	}

	static Request get(String pathTemplate, URI uri) {
		return new Request("GET", pathTemplate, uri, null, Map.of(), true);
	}

}
