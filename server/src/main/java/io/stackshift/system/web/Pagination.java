package io.stackshift.system.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Waldur's list pagination: {@code page} (from 1) and {@code page_size} (default 10, at
 * most 300), the total in {@code X-Result-Count} and first/prev/next/last in a
 * {@code Link} header.
 */
public final class Pagination {

	public static final int DEFAULT_PAGE_SIZE = 10;

	public static final int MAX_PAGE_SIZE = 300;

	private Pagination() {
	}

	public static Pageable pageable(HttpServletRequest request, Sort sort) {
		int page = positive(request, "page", 1);
		int size = Math.min(positive(request, "page_size", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
		return PageRequest.of(page - 1, size, sort);
	}

	/** The page's items, rendered, with the count and links a client pages through. */
	public static <T, R> ResponseEntity<List<R>> respond(Page<T> page, HttpServletRequest request,
			Function<T, R> render) {
		if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
			throw new NotFound();
		}
		List<String> links = new ArrayList<>();
		int last = Math.max(page.getTotalPages(), 1);
		links.add(link(request, 1, page.getSize(), "first"));
		if (page.hasPrevious()) {
			links.add(link(request, page.getNumber(), page.getSize(), "prev"));
		}
		if (page.hasNext()) {
			links.add(link(request, page.getNumber() + 2, page.getSize(), "next"));
		}
		links.add(link(request, last, page.getSize(), "last"));
		return ResponseEntity.ok()
			.header("X-Result-Count", String.valueOf(page.getTotalElements()))
			.header("Link", String.join(", ", links))
			.body(page.getContent().stream().map(render).toList());
	}

	private static String link(HttpServletRequest request, int page, int size, String rel) {
		String url = ServletUriComponentsBuilder.fromRequest(request)
			.replaceQueryParam("page", page)
			.replaceQueryParam("page_size", size)
			.build()
			.toUriString();
		return "<" + url + ">; rel=\"" + rel + "\"";
	}

	private static int positive(HttpServletRequest request, String name, int fallback) {
		String value = request.getParameter(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.trim());
			if (number < 1) {
				throw InvalidInput.field(name, "Ensure this value is greater than or equal to 1.");
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw InvalidInput.field(name, "A valid integer is required.");
		}
	}

}
