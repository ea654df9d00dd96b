package io.stackshift.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Waldur publishes its schema at {@code /api/schema/} and its UI at {@code /api/docs/},
 * with the trailing slash every other path has; springdoc serves them without it.
 */
@Controller
class ApiDocsRoutes {

	@GetMapping("/api/schema/")
	String schema() {
		return "forward:/api/schema";
	}

	@GetMapping("/api/docs/")
	String docs() {
		return "redirect:/api/docs";
	}

}
