package io.reachgraph.collect.internal.social;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP plumbing both social clients share: JSON GETs with a client-side rate limit, timeouts, a response size cap
 * and retries with exponential backoff and jitter on 429, 408, 5xx and I/O errors (honouring {@code Retry-After}).
 * <p>
 * {@link #get} returns every 2xx (with its JSON, never null) and every other status below 500 except 408 and 429
 * (with its JSON when the body is JSON) for the caller to map. It throws {@link ConnectorFailure} when retries are
 * used up (retryable), when a 2xx body is not valid JSON (not retryable; a body cut short is retried like an I/O
 * error), or when a response exceeds the size cap (not retryable).
 */
final class ApiHttp {

	/**
	 * @param connectTimeout   TCP + TLS connect timeout
	 * @param readTimeout      the whole exchange (headers and body) must complete within this
	 * @param maxRetries       retries after the first attempt
	 * @param initialBackoff   first backoff; doubles per retry, jittered to between half and all of it
	 * @param maxRetryWait     cap on any single backoff; a server asking for a longer {@code Retry-After} ends the call
	 * @param maxResponseBytes larger bodies fail the call
	 */
	record Settings(Duration connectTimeout, Duration readTimeout, int maxRetries, Duration initialBackoff,
			Duration maxRetryWait, long maxResponseBytes) {
	}

	/** A response for the caller to map; {@code json} is never null for a 2xx. */
	record Response(URI uri, int status, HttpHeaders headers, JsonNode json) {

		boolean ok() {
			return status >= 200 && status < 300;
		}

		String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		/** For statuses the caller has no mapping for. */
		ConnectorFailure unexpected() {
			String body = json == null ? "" : ": " + json;
			return new ConnectorFailure(
					uri + " answered HTTP " + status + (body.length() > 300 ? body.substring(0, 300) + "…" : body),
					false);
		}

	}

	static final String USER_AGENT = "Reachgraph/1.0 (influencer discovery; public API reader)";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final HttpClient client;

	private final Settings settings;

	private final Bucket rateLimit;

	private final Sleeper sleeper;

	private final Clock clock;

	private final RandomGenerator random;

	private final CollectionListener listener;

	ApiHttp(HttpClient client, Settings settings, Bucket rateLimit, Sleeper sleeper, Clock clock, RandomGenerator random,
			CollectionListener listener) {
		this.client = client;
		this.settings = settings;
		this.rateLimit = rateLimit;
		this.sleeper = sleeper;
		this.clock = clock;
		this.random = random;
		this.listener = listener == null ? CollectionListener.NONE : listener;
	}

	/** A client that never follows redirects (a redirect could lead to another host). */
	static HttpClient newClient(Duration connectTimeout) {
		return HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * A token bucket allowing {@code requestsPerSecond} on average and a burst of at most one second's worth
	 * (at least one request).
	 */
	static Bucket rateLimit(double requestsPerSecond, TimeMeter time) {
		if (!(requestsPerSecond > 0)) {
			throw new IllegalArgumentException("requestsPerSecond must be positive: " + requestsPerSecond);
		}
		long capacity = Math.max(1, (long) Math.ceil(requestsPerSecond));
		Duration period = Duration.ofNanos(Math.round(capacity * 1e9 / requestsPerSecond));
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
			.withCustomTimePrecision(time)
			.build();
	}

	/** {@code base} + {@code path} + the query of the non-null {@code params}, in order, URL-encoded. */
	static URI uri(URI base, String path, Map<String, ?> params) {
		String prefix = base.toString().replaceAll("/+$", "");
		StringJoiner query = new StringJoiner("&");
		params.forEach((name, value) -> {
			if (value != null) {
				query.add(encode(name) + "=" + encode(String.valueOf(value)));
			}
		});
		return URI.create(prefix + path + (query.length() > 0 ? "?" + query : ""));
	}

	/** Query parameters from name, value pairs, in order; null values are left out by {@link #uri}. */
	static Map<String, Object> params(Object... namesAndValues) {
		Map<String, Object> params = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	Response get(URI uri, Map<String, String> headers) {
		int retries = 0;
		while (true) {
			awaitRateLimit(uri);
			listener.requestSent(uri.toString());
			Attempt attempt = send(uri, headers);
			if (attempt instanceof Done done) {
				return done.response();
			}
			Again again = (Again) attempt;
			if (retries >= settings.maxRetries()) {
				throw new ConnectorFailure(uri + ": " + again.reason() + " (gave up after " + (retries + 1) + " attempts)",
						true, again.cause());
			}
			retries++;
			Duration wait;
			if (again.serverWait() != null) {
				if (again.serverWait().compareTo(settings.maxRetryWait()) > 0) {
					throw new ConnectorFailure(uri + ": " + again.reason() + "; the server asks to wait "
							+ again.serverWait() + ", more than the longest wait allowed (" + settings.maxRetryWait()
							+ "); try again later", true, again.cause());
				}
				wait = again.serverWait();
			}
			else {
				wait = backoff(retries);
			}
			listener.retried(uri.toString(), again.reason());
			sleep(uri, wait);
			if (again.rateLimited()) {
				listener.rateLimitWait(wait);
			}
		}
	}

	private sealed interface Attempt permits Done, Again {
	}

	private record Done(Response response) implements Attempt {
	}

	/** Worth another try; {@code serverWait} is what the server asked for, null to back off. */
	private record Again(String reason, Duration serverWait, boolean rateLimited, Throwable cause) implements Attempt {
	}

	private Attempt send(URI uri, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.GET()
			.timeout(settings.readTimeout())
			.header("Accept", "application/json")
			.header("User-Agent", USER_AGENT);
		headers.forEach(request::header);
		CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(),
				info -> new CappedBody(info, settings.maxResponseBytes()));
		HttpResponse<byte[]> response;
		try {
			response = future.get(settings.readTimeout().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			return new Again("no complete response within " + settings.readTimeout(), null, false, ex);
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new ConnectorFailure(uri + ": interrupted", true, ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause() == null ? ex : ex.getCause();
			for (Throwable t = cause; t != null; t = t.getCause()) {
				if (t instanceof ResponseTooLarge) {
					throw new ConnectorFailure(uri + ": " + t.getMessage(), false, t);
				}
			}
			if (cause instanceof IOException) {
				return new Again(describe(cause), null, false, cause);
			}
			throw new ConnectorFailure(uri + ": " + describe(cause), false, cause);
		}
		int status = response.statusCode();
		if (status == 429) {
			return new Again("HTTP 429 Too Many Requests", serverWait(response.headers()), true, null);
		}
		if (status >= 500 || status == 408) {
			return new Again("HTTP " + status, retryAfter(response.headers()), false, null);
		}
		byte[] body = response.body();
		if (status >= 200 && status < 300) {
			if (body.length == 0) {
				return new Again("empty body", null, false, null);
			}
			try {
				return new Done(new Response(uri, status, response.headers(), JSON.readTree(body)));
			}
			catch (UnexpectedEndOfInputException ex) {
				return new Again("JSON cut short after " + body.length + " bytes", null, false, ex);
			}
			catch (JacksonException ex) {
				throw new ConnectorFailure(uri + ": malformed JSON: " + ex.getOriginalMessage(), false, ex);
			}
		}
		return new Done(new Response(uri, status, response.headers(), lenientJson(body)));
	}

	private static JsonNode lenientJson(byte[] body) {
		try {
			return body.length == 0 ? null : JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String describe(Throwable t) {
		return t.getClass().getSimpleName() + (t.getMessage() != null ? ": " + t.getMessage() : "");
	}

	private void awaitRateLimit(URI uri) {
		try {
			rateLimit.asBlocking().consume(1, nanos -> {
				Duration wait = Duration.ofNanos(nanos);
				sleeper.sleep(wait);
				listener.rateLimitWait(wait);
			});
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ConnectorFailure(uri + ": interrupted while waiting for the rate limit", true, ex);
		}
	}

	private void sleep(URI uri, Duration wait) {
		try {
			sleeper.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ConnectorFailure(uri + ": interrupted while waiting to retry", true, ex);
		}
	}

	/** Exponential: initialBackoff * 2^(retry-1), capped, then "equal jitter": between half and all of it. */
	Duration backoff(int retry) {
		long cap = settings.maxRetryWait().toMillis();
		long base = settings.initialBackoff().toMillis() << Math.min(retry - 1, 30);
		base = Math.max(1, Math.min(base, cap));
		long half = base / 2;
		return Duration.ofMillis(half + random.nextLong(base - half + 1));
	}

	/** {@code Retry-After}, else the reset time of the networks' rate limit headers, else null (back off). */
	private Duration serverWait(HttpHeaders headers) {
		Duration retryAfter = retryAfter(headers);
		if (retryAfter != null) {
			return retryAfter;
		}
		// Bluesky: RateLimit-Reset = epoch seconds; Mastodon: X-RateLimit-Reset = ISO 8601 time
		for (String name : List.of("RateLimit-Reset", "X-RateLimit-Reset")) {
			String value = headers.firstValue(name).orElse(null);
			if (value != null) {
				Duration wait = untilReset(value.trim());
				if (wait != null) {
					return wait;
				}
			}
		}
		return null;
	}

	private Duration retryAfter(HttpHeaders headers) {
		String value = headers.firstValue("Retry-After").orElse(null);
		if (value == null || value.isBlank()) {
			return null;
		}
		value = value.trim();
		if (value.chars().allMatch(Character::isDigit)) {
			return seconds(value);
		}
		try {
			return until(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private Duration untilReset(String value) {
		if (value.chars().allMatch(Character::isDigit)) {
			Duration asNumber = seconds(value);
			if (asNumber == null) {
				return null;
			}
			// large numbers are epoch seconds (Bluesky), small ones a delay (IETF RateLimit draft)
			return asNumber.getSeconds() > 1_000_000_000L ? until(Instant.ofEpochSecond(asNumber.getSeconds()))
					: asNumber;
		}
		Instant at = Json.instant(value);
		return at == null ? null : until(at);
	}

	private static Duration seconds(String digits) {
		try {
			return Duration.ofSeconds(Long.parseLong(digits));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private Duration until(Instant at) {
		Duration wait = Duration.between(clock.instant(), at);
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	private static final class ResponseTooLarge extends IOException {

		ResponseTooLarge(String message) {
			super(message);
		}

	}

	/** Collects a body, failing as soon as it (or its declared length) passes the cap. */
	private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

		private final CompletableFuture<byte[]> result = new CompletableFuture<>();

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private final long max;

		private final long declared;

		private Flow.Subscription subscription;

		CappedBody(HttpResponse.ResponseInfo info, long max) {
			this.max = max;
			this.declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return result;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			if (declared > max) {
				tooLarge("declares " + declared + " bytes");
				return;
			}
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			if (result.isDone()) {
				return;
			}
			for (ByteBuffer buffer : buffers) {
				if (bytes.size() + (long) buffer.remaining() > max) {
					tooLarge("has more than " + max + " bytes");
					return;
				}
				byte[] chunk = new byte[buffer.remaining()];
				buffer.get(chunk);
				bytes.write(chunk, 0, chunk.length);
			}
		}

		private void tooLarge(String what) {
			subscription.cancel();
			result.completeExceptionally(
					new ResponseTooLarge("response " + what + ", more than the limit of " + max + " bytes"));
		}

		@Override
		public void onError(Throwable error) {
			result.completeExceptionally(error);
		}

		@Override
		public void onComplete() {
			result.complete(bytes.toByteArray());
		}

	}

}
