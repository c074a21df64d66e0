package io.reachgraph.shared;

import java.net.URI;

/** The stable {@code type} URIs of Reachgraph's problem responses: {@code /problems/<slug>}. */
public final class ProblemTypes {

	public static final URI VALIDATION = of("validation");

	public static final URI MALFORMED_REQUEST = of("malformed-request");

	public static final URI NOT_FOUND = of("not-found");

	public static final URI UNAUTHENTICATED = of("unauthenticated");

	public static final URI FORBIDDEN = of("forbidden");

	public static final URI CONFLICT = of("conflict");

	public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");

	public static final URI INTERNAL = of("internal-error");

	private ProblemTypes() {
	}

	public static URI of(String slug) {
		return URI.create("/problems/" + slug);
	}

	/** The generic type for a framework-raised error of this status. */
	public static URI forStatus(int status) {
		return switch (status) {
			case 400 -> MALFORMED_REQUEST;
			case 401 -> UNAUTHENTICATED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> of("method-not-allowed");
			case 406 -> of("not-acceptable");
			case 409 -> CONFLICT;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> of("unsupported-media-type");
			case 429 -> of("too-many-requests");
			case 503 -> of("unavailable");
			default -> status >= 500 ? INTERNAL : of("http-" + status);
		};
	}

}
