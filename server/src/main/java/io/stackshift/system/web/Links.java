package io.stackshift.system.web;

import java.util.UUID;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The {@code url} of an object in API responses, absolute like Waldur's. */
public final class Links {

	private Links() {
	}

	/** {@code collection} is the path under {@code /api/}, e.g. {@code "projects"}. */
	public static String url(String collection, UUID uuid) {
		if (uuid == null) {
			return null;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/" + collection + "/" + Uuids.hex(uuid) + "/")
			.toUriString();
	}

}
