package io.stackshift.emulator.contract;

import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;

/**
 * An answer as a client reads it: status, headers and the JSON body (a missing node when
 * empty).
 */
record Response(int status, HttpHeaders headers, JsonNode body) {

	JsonNode get(String field) {
		return this.body.path(field);
	}

	/** The {@code NeutronError.type} of a Neutron error. */
	String neutronError() {
		return this.body.path("NeutronError").path("type").asString("");
	}

	String neutronMessage() {
		return this.body.path("NeutronError").path("message").asString("");
	}

	String header(String name) {
		return this.headers.firstValue(name).orElse(null);
	}

	@Override
	public String toString() {
		return this.status + " " + this.body;
	}

}
