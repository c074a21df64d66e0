package io.reachgraph.collect.internal.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * Small web sites on loopback for the crawler's tests: one JDK HTTP server on a free port, several virtual hosts told
 * apart by the Host header ({@code alpha.test}, {@code www.alpha.test}, ...). {@link #RESOLVER} maps every
 * {@code *.test} name to 127.0.0.1 and refuses every other name, so no test can look up or reach a real host.
 */
final class LocalSites implements AutoCloseable {

	/** {@code *.test} → 127.0.0.1; anything else is unknown. */
	static final AddressGuard.Resolver RESOLVER = host -> {
		if (host.endsWith(".test")) {
			return new InetAddress[] { InetAddress.getByAddress(host, new byte[] { 127, 0, 0, 1 }) };
		}
		throw new UnknownHostException(host + " (tests resolve only *.test)");
	};

	/** One request as the server saw it; {@code at} is the test clock's time. */
	record Request(String host, String path, String userAgent, Instant at) {
	}

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final Clock clock;

	LocalSites(Clock clock) {
		this(clock, null);
	}

	/** With a TLS context, an https server. */
	LocalSites(Clock clock, SSLContext tls) {
		this.clock = clock;
		try {
			InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
			if (tls == null) {
				server = HttpServer.create(loopback, 50);
			}
			else {
				HttpsServer https = HttpsServer.create(loopback, 50);
				https.setHttpsConfigurator(new HttpsConfigurator(tls));
				server = https;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/", this::dispatch);
		server.setExecutor(executor);
		server.start();
	}

	int port() {
		return server.getAddress().getPort();
	}

	String url(String host, String path) {
		return (server instanceof HttpsServer ? "https://" : "http://") + host + ":" + port() + path;
	}

	LocalSites html(String host, String path, String html) {
		return respond(host, path, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
	}

	LocalSites respond(String host, String path, int status, String contentType, byte[] body) {
		return handle(host, path, exchange -> {
			if (contentType != null) {
				exchange.getResponseHeaders().set("Content-Type", contentType);
			}
			exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
	}

	LocalSites redirect(String host, String path, int status, String location) {
		return handle(host, path, exchange -> {
			exchange.getResponseHeaders().set("Location", location);
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
	}

	LocalSites handle(String host, String path, HttpHandler handler) {
		handlers.put(host + path, handler);
		return this;
	}

	List<Request> requests() {
		return List.copyOf(requests);
	}

	/** Paths requested from one host, in order, robots.txt included. */
	List<String> paths(String host) {
		return requests.stream().filter(request -> request.host().equals(host)).map(Request::path).toList();
	}

	private void dispatch(HttpExchange exchange) throws IOException {
		String host = exchange.getRequestHeaders().getFirst("Host");
		host = host == null ? "" : host.replaceFirst(":\\d+$", "");
		String path = exchange.getRequestURI().getRawPath();
		String query = exchange.getRequestURI().getRawQuery();
		String target = query == null ? path : path + "?" + query;
		requests.add(new Request(host, target, exchange.getRequestHeaders().getFirst("User-Agent"), clock.instant()));
		HttpHandler handler = handlers.getOrDefault(host + target, handlers.get(host + path));
		try {
			if (handler == null) {
				byte[] body = "not found".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/plain");
				exchange.sendResponseHeaders(404, body.length);
				exchange.getResponseBody().write(body);
			}
			else {
				handler.handle(exchange);
			}
		}
		catch (IOException ex) {
			// the crawler hung up (a cut page): expected
		}
		finally {
			exchange.close();
		}
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

}
