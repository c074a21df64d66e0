package io.reachgraph.shared;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Base of every domain exception that reaches a client: each says what went wrong and maps to one RFC 9457 problem
 * type ({@code /problems/<slug>}) and HTTP status. Subclasses are named by what happened ({@code UserNotFound},
 * {@code EmailTaken}).
 */
public abstract class Problem extends RuntimeException {

	private final HttpStatus status;

	private final String slug;

	private final String title;

	protected Problem(HttpStatus status, String slug, String title, String detail) {
		super(detail);
		this.status = status;
		this.slug = slug;
		this.title = title;
	}

	public HttpStatus status() {
		return status;
	}

	public URI type() {
		return ProblemTypes.of(slug);
	}

	public String title() {
		return title;
	}

	/** Extra members of the problem JSON (for example the id that was not found). */
	public Map<String, Object> properties() {
		return Map.of();
	}

}
