package io.reachgraph.collect.internal.social;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server answering with scripted replies, mostly fixture files from {@code /fixtures/}. A route
 * matches a path and, optionally, fragments its raw query must contain; the most specific route wins. A route plays
 * its replies in order and then repeats the last one. Unmatched requests get a 404 that names them.
 */
final class FixtureServer implements AutoCloseable {

	record Recorded(String method, String path, String query, Headers headers) {

		String header(String name) {
			return headers.getFirst(name);
		}

	}

	/** One scripted answer. */
	@FunctionalInterface
	interface Reply {

		void write(HttpExchange exchange) throws IOException;

		static Reply json(String fixture) {
			return status(200, fixture);
		}

		/** {@code status} with the fixture's body (or the literal body when it does not name a fixture). */
		static Reply status(int status, String fixtureOrBody, String... headers) {
			byte[] body = bodyOf(fixtureOrBody);
			return exchange -> {
				exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
				for (int i = 0; i < headers.length; i += 2) {
					exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
				}
				exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
				if (body.length > 0) {
					try (OutputStream out = exchange.getResponseBody()) {
						out.write(body);
					}
				}
				exchange.close();
			};
		}

		/** Declares the fixture's full length but sends only its first half, then drops the connection. */
		static Reply cutShort(String fixture) {
			byte[] body = bodyOf(fixture);
			return exchange -> {
				exchange.sendResponseHeaders(200, body.length);
				OutputStream out = exchange.getResponseBody();
				out.write(body, 0, body.length / 2);
				out.flush();
				// a handler that throws makes the server drop the connection
				throw new IOException("dropping the connection mid-body");
			};
		}

		/** Sends the first half of the fixture chunked, then drops the connection without the final chunk. */
		static Reply chunkedThenDropped(String fixture) {
			byte[] body = bodyOf(fixture);
			return exchange -> {
				exchange.sendResponseHeaders(200, 0);
				OutputStream out = exchange.getResponseBody();
				out.write(body, 0, body.length / 2);
				out.flush();
				throw new IOException("dropping the connection mid-body");
			};
		}

		/** Answers after {@code delay} of real time. */
		static Reply after(Duration delay, Reply reply) {
			return exchange -> {
				try {
					Thread.sleep(delay.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				reply.write(exchange);
			};
		}

		/** A 200 with {@code size} bytes of (valid) JSON. */
		static Reply large(int size) {
			byte[] body = blankArray(size);
			return exchange -> {
				exchange.sendResponseHeaders(200, size);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			};
		}

		/** As {@link #large} but chunked, so no length is declared up front. */
		static Reply largeChunked(int size) {
			byte[] body = blankArray(size);
			return exchange -> {
				exchange.sendResponseHeaders(200, 0);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
				catch (IOException expected) {
					// the client hung up once it had seen enough
				}
			};
		}

		private static byte[] blankArray(int size) {
			byte[] body = new byte[size];
			Arrays.fill(body, (byte) ' ');
			body[0] = '[';
			body[size - 1] = ']';
			return body;
		}

	}

	final class Route {

		private final String path;

		private final List<String> queryFragments;

		private final List<Reply> replies = new CopyOnWriteArrayList<>();

		private int next;

		Route(String path, List<String> queryFragments) {
			this.path = path;
			this.queryFragments = queryFragments;
		}

		Route reply(Reply... replies) {
			this.replies.addAll(List.of(replies));
			return this;
		}

		private boolean matches(String path, String query) {
			return this.path.equals(path) && queryFragments.stream().allMatch(f -> query != null && query.contains(f));
		}

		private synchronized Reply take() {
			Reply reply = replies.get(Math.min(next, replies.size() - 1));
			next++;
			return reply;
		}

	}

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final List<Route> routes = new CopyOnWriteArrayList<>();

	private final List<Recorded> requests = new CopyOnWriteArrayList<>();

	private FixtureServer() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/", this::handle);
		server.setExecutor(executor);
		server.start();
	}

	static FixtureServer start() {
		return new FixtureServer();
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	/** A route for {@code path} whose raw query contains all {@code queryFragments}. */
	Route on(String path, String... queryFragments) {
		Route route = new Route(path, List.of(queryFragments));
		routes.add(route);
		return route;
	}

	List<Recorded> requests() {
		return List.copyOf(requests);
	}

	List<Recorded> requests(String path) {
		return requests.stream().filter(r -> r.path().equals(path)).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		URI uri = exchange.getRequestURI();
		requests.add(new Recorded(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(),
				exchange.getRequestHeaders()));
		Route route = routes.stream()
			.filter(r -> r.matches(uri.getPath(), uri.getRawQuery()))
			.max(Comparator.comparingInt(r -> r.queryFragments.stream().mapToInt(String::length).sum()))
			.orElse(null);
		if (route == null) {
			Reply.status(404, "{\"error\":\"no fixture for " + uri.getPath() + "\"}").write(exchange);
			return;
		}
		route.take().write(exchange);
	}

	static byte[] bodyOf(String fixtureOrBody) {
		if (fixtureOrBody == null || fixtureOrBody.isEmpty()) {
			return new byte[0];
		}
		if (!fixtureOrBody.endsWith(".json") || fixtureOrBody.contains("{")) {
			return fixtureOrBody.getBytes(StandardCharsets.UTF_8);
		}
		try (InputStream in = FixtureServer.class.getResourceAsStream("/fixtures/" + fixtureOrBody)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + fixtureOrBody);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

}
