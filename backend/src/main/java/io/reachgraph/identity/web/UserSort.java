package io.reachgraph.identity.web;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Only these fields may be sorted on; page size is capped. Anything else falls back to email order. */
final class UserSort {

	private static final Set<String> FIELDS = Set.of("email", "displayName", "role", "active", "createdAt", "updatedAt");

	static final int MAX_PAGE_SIZE = 100;

	private UserSort() {
	}

	static Pageable sanitize(Pageable pageable) {
		Sort sort = Sort.by(pageable.getSort().stream().filter(order -> FIELDS.contains(order.getProperty())).toList());
		if (sort.isUnsorted()) {
			sort = Sort.by("email");
		}
		return PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PAGE_SIZE), sort);
	}

}
