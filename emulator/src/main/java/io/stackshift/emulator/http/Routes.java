package io.stackshift.emulator.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The route table of one cloud: method plus path template ({@code /v2.0/ports/{id}}) to a
 * handler. Templates are also the keys under which requests are counted.
 */
public final class Routes {

	private final List<Route> routes = new ArrayList<>();

	/**
	 * A route that needs a valid token; GET and HEAD run under the shared (read) lock.
	 */
	public Routes add(String method, String template, Handler handler) {
		this.routes.add(new Route(method, template, template.split("/"), true, !isRead(method), handler));
		return this;
	}

	/**
	 * A GET that may change the state, so it runs under the exclusive lock: listing
	 * security groups creates the project's default group on first use.
	 */
	public Routes addWritingRead(String template, Handler handler) {
		this.routes.add(new Route("GET", template, template.split("/"), true, true, handler));
		return this;
	}

	/** A route that answers without a token (version documents, token creation). */
	public Routes open(String method, String template, Handler handler) {
		this.routes.add(new Route(method, template, template.split("/"), false, !isRead(method), handler));
		return this;
	}

	private static boolean isRead(String method) {
		return method.equals("GET") || method.equals("HEAD");
	}

	/**
	 * The route for a call, or null; a path known under another method gives a 405 route.
	 */
	Match find(String method, String path) {
		String[] segments = path.split("/");
		boolean pathKnown = false;
		for (Route route : this.routes) {
			Map<String, String> params = route.match(segments);
			if (params != null) {
				if (route.method.equals(method) || (method.equals("HEAD") && route.method.equals("GET"))) {
					return new Match(route, params);
				}
				pathKnown = true;
			}
		}
		return pathKnown ? new Match(null, Map.of()) : null;
	}

	record Match(Route route, Map<String, String> params) {
	}

	record Route(String method, String template, String[] segments, boolean needsToken, boolean writes,
			Handler handler) {

		Map<String, String> match(String[] path) {
			if (path.length != this.segments.length) {
				return null;
			}
			Map<String, String> params = null;
			for (int i = 0; i < path.length; i++) {
				String expected = this.segments[i];
				if (expected.startsWith("{")) {
					if (path[i].isEmpty()) {
						return null;
					}
					if (params == null) {
						params = new HashMap<>(4);
					}
					params.put(expected.substring(1, expected.length() - 1), path[i]);
				}
				else if (!expected.equals(path[i])) {
					return null;
				}
			}
			return (params != null) ? params : Map.of();
		}

	}

}
