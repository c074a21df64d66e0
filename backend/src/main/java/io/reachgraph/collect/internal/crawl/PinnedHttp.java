package io.reachgraph.collect.internal.crawl;

import io.reachgraph.collect.internal.social.CollectionListener;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A small HTTP/1.1 GET client that connects only where the {@link AddressGuard} said, to the exact address it
 * checked: the host is resolved once per hop, the socket goes to that IP, the name travels in the Host header and in
 * TLS SNI, and the certificate is verified against the name. {@code java.net.http.HttpClient} cannot do this on
 * Java 17 (no resolver hook, Host is a restricted header, and an IP URL breaks SNI and hostname verification).
 * <p>
 * Redirects are followed here, hop by hop, each hop checked by the guard and by a caller's predicate (robots.txt),
 * with loop detection and a hop limit. Every read is bounded by the read timeout and by one deadline for the whole
 * fetch (all hops), and the body by a byte cap: a page that never ends or never starts costs at most the page time
 * limit, a huge page at most the cap. One request per connection ({@code Connection: close}).
 */
final class PinnedHttp {

	/** Opens the TCP connection; a seam for tests that must prove which address was dialled. */
	@FunctionalInterface
	interface Dialer {

		Dialer DIRECT = (address, timeoutMillis) -> {
			Socket socket = new Socket();
			try {
				socket.connect(address, timeoutMillis);
				return socket;
			}
			catch (IOException ex) {
				socket.close();
				throw ex;
			}
		};

		Socket dial(InetSocketAddress address, int timeoutMillis) throws IOException;

	}

	/** Which response bodies to read (the others are not downloaded). {@code mediaType} may be null. */
	@FunctionalInterface
	interface BodyFilter {

		boolean wanted(int status, String mediaType);

	}

	/** Decides about each redirect hop before it is requested. */
	@FunctionalInterface
	interface RedirectPolicy {

		RedirectPolicy FOLLOW_ALL = next -> null;

		/**
		 * @return null to follow the redirect to {@code next}, else the problem that ends the fetch there. It may wait
		 *         (politeness); time spent here does not count against the page time limit.
		 */
		FetchProblem check(URI next) throws InterruptedException;

	}

	record Limits(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, int maxRedirects) {
	}

	/**
	 * What came back. {@code failure} is null when the response arrived whole; otherwise it says what went wrong, and
	 * whatever did arrive (status, headers, part of the body) is still here. {@code status} is 0 when no response
	 * head arrived; {@code truncated} means the body is incomplete (cut at the cap, or broken off).
	 */
	record Response(URI requested, URI finalUrl, List<URI> redirects, int status, Map<String, List<String>> headers,
			byte[] body, boolean truncated, FetchFailure failure) {

		String header(String name) {
			List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
			return values == null || values.isEmpty() ? null : values.get(0);
		}

		/** The media type without parameters, lower case; null when there is no Content-Type. */
		String mediaType() {
			return mediaTypeOf(header("content-type"));
		}

		/** The charset parameter of the Content-Type, or null. */
		String charset() {
			String type = header("content-type");
			if (type == null) {
				return null;
			}
			Matcher matcher = CHARSET.matcher(type);
			return matcher.find() ? matcher.group(1) : null;
		}

		boolean success() {
			return failure == null && status >= 200 && status < 300;
		}

	}

	private static final Pattern STATUS_LINE = Pattern.compile("HTTP/\\d(?:\\.\\d)? +(\\d{3})(?: .*)?");

	private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");

	private static final int MAX_LINE = 16 * 1024;

	private static final int MAX_HEADER_LINES = 200;

	private final AddressGuard guard;

	private final String userAgent;

	private final Limits limits;

	private final Dialer dialer;

	private final SSLSocketFactory tls;

	PinnedHttp(AddressGuard guard, String userAgent, Limits limits, Dialer dialer, SSLSocketFactory tls) {
		this.guard = guard;
		this.userAgent = userAgent;
		this.limits = limits;
		this.dialer = dialer;
		this.tls = tls;
	}

	/**
	 * GETs {@code url}, following redirects.
	 *
	 * @param maxBytes  the body is cut after this many bytes ({@code truncated}, {@link FetchProblem#TOO_LARGE})
	 * @param bodies    which bodies to download
	 * @param redirects asked before following each redirect (robots.txt, duplicates, politeness)
	 */
	Response get(URI url, long maxBytes, BodyFilter bodies, RedirectPolicy redirectPolicy, CollectionListener listener) {
		Deadline deadline = new Deadline(limits.totalTimeout());
		List<URI> redirects = new ArrayList<>();
		URI current = url;
		try {
			current = Urls.normalize(url.toString());
			Set<URI> visited = new HashSet<>(List.of(current));
			while (true) {
				AddressGuard.Target target = guard.check(current);
				listener.requestSent(current.toString());
				try (Exchange exchange = open(target, deadline)) {
					exchange.send(current);
					Head head = exchange.readHead();
					String location = head.header("location");
					if (isRedirect(head.status()) && location != null) {
						URI next;
						try {
							next = Urls.resolve(current, location);
						}
						catch (IllegalArgumentException ex) {
							throw new FetchFailure(FetchProblem.INVALID_URL,
									"redirect to an unusable URL: " + Urls.abbreviate(location), ex);
						}
						redirects.add(current);
						if (!visited.add(next)) {
							throw new FetchFailure(FetchProblem.REDIRECT_LOOP, "redirect loop back to " + next);
						}
						if (redirects.size() > limits.maxRedirects()) {
							throw new FetchFailure(FetchProblem.TOO_MANY_REDIRECTS,
									"more than " + limits.maxRedirects() + " redirects");
						}
						long asked = System.nanoTime();
						FetchProblem refused = redirectPolicy.check(next);
						deadline.extend(System.nanoTime() - asked);
						if (refused != null) {
							throw new FetchFailure(refused, "redirect to " + next + " not followed: "
									+ refused.name().toLowerCase(Locale.ROOT).replace('_', ' '));
						}
						current = next;
						continue;
					}
					String mediaType = mediaTypeOf(head.header("content-type"));
					Body body = bodies.wanted(head.status(), mediaType) ? exchange.readBody(head, maxBytes) : Body.NONE;
					return new Response(url, current, List.copyOf(redirects), head.status(), head.headers(), body.bytes(),
							body.truncated(), body.failure());
				}
			}
		}
		catch (FetchFailure failure) {
			return failed(url, current, redirects, failure);
		}
		catch (IllegalArgumentException ex) {
			return failed(url, current, redirects, new FetchFailure(FetchProblem.INVALID_URL, ex.getMessage(), ex));
		}
		catch (IOException ex) {
			return failed(url, current, redirects, translate(ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return failed(url, current, redirects,
					new FetchFailure(FetchProblem.CANCELLED, "interrupted between redirects", ex));
		}
	}

	static String mediaTypeOf(String contentType) {
		if (contentType == null) {
			return null;
		}
		int semicolon = contentType.indexOf(';');
		String media = (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).strip()
			.toLowerCase(Locale.ROOT);
		return media.isEmpty() ? null : media;
	}

	private static Response failed(URI url, URI current, List<URI> redirects, FetchFailure failure) {
		return new Response(url, current, List.copyOf(redirects), 0, Map.of(), new byte[0], false, failure);
	}

	private static boolean isRedirect(int status) {
		return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
	}

	private static FetchFailure translate(IOException ex) {
		if (ex instanceof LimitReached limit) {
			return new FetchFailure(limit.problem, limit.getMessage(), ex);
		}
		if (ex instanceof SocketTimeoutException) {
			return new FetchFailure(FetchProblem.TIMED_OUT, "timed out: " + ex.getMessage(), ex);
		}
		if (ex instanceof SSLException) {
			return new FetchFailure(FetchProblem.TLS_FAILED, "TLS failed: " + ex.getMessage(), ex);
		}
		if (ex instanceof ProtocolViolation || ex instanceof ZipException || ex instanceof EOFException) {
			return new FetchFailure(FetchProblem.PROTOCOL_ERROR, "bad response: " + ex.getMessage(), ex);
		}
		return new FetchFailure(FetchProblem.CONNECTION_FAILED, "connection failed: " + ex, ex);
	}

	private Exchange open(AddressGuard.Target target, Deadline deadline) throws IOException {
		Socket socket = dialer.dial(new InetSocketAddress(target.address(), target.port()),
				deadline.timeoutMillis(limits.connectTimeout(), "connect"));
		try {
			if (target.tls()) {
				SSLSocket ssl = (SSLSocket) tls.createSocket(socket, target.host(), target.port(), true);
				SSLParameters parameters = ssl.getSSLParameters();
				parameters.setEndpointIdentificationAlgorithm("HTTPS");
				if (target.host().indexOf(':') < 0 && Urls.Ipv4.parse(target.host()).kind() == Urls.Ipv4.Kind.NOT_IPV4) {
					try {
						parameters.setServerNames(List.of(new SNIHostName(target.host())));
					}
					catch (IllegalArgumentException ex) {
						// a name SNI cannot carry (an underscore): the certificate is still checked against it
					}
				}
				ssl.setSSLParameters(parameters);
				ssl.setSoTimeout(deadline.timeoutMillis(limits.readTimeout(), "TLS handshake"));
				ssl.startHandshake();
				socket = ssl;
			}
			return new Exchange(socket, target, deadline);
		}
		catch (IOException | RuntimeException ex) {
			socket.close();
			throw ex;
		}
	}

	private record Head(int status, Map<String, List<String>> headers) {

		String header(String name) {
			List<String> values = headers.get(name);
			return values == null ? null : values.get(0);
		}

	}

	private record Body(byte[] bytes, boolean truncated, FetchFailure failure) {

		static final Body NONE = new Body(new byte[0], false, null);

	}

	/** One request and its response on one connection. */
	private final class Exchange implements AutoCloseable {

		private final Socket socket;

		private final AddressGuard.Target target;

		private final InputStream in;

		Exchange(Socket socket, AddressGuard.Target target, Deadline deadline) throws IOException {
			this.socket = socket;
			this.target = target;
			this.in = new BufferedInputStream(new DeadlineInput(socket, deadline, limits.readTimeout()), 16 * 1024);
		}

		void send(URI url) throws IOException {
			String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
			String requestTarget = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
			String request = "GET " + requestTarget + " HTTP/1.1\r\n" + "Host: " + target.hostHeader() + "\r\n"
					+ "User-Agent: " + userAgent + "\r\n"
					+ "Accept: text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5\r\n"
					+ "Accept-Encoding: gzip\r\n" + "Connection: close\r\n\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}

		Head readHead() throws IOException {
			for (int interim = 0; interim < 5; interim++) {
				String statusLine = readLine();
				if (statusLine == null) {
					throw new ProtocolViolation("connection closed before a response");
				}
				Matcher matcher = STATUS_LINE.matcher(statusLine);
				if (!matcher.matches()) {
					throw new ProtocolViolation("not an HTTP response: " + Urls.abbreviate(statusLine));
				}
				int status = Integer.parseInt(matcher.group(1));
				Map<String, List<String>> headers = readHeaders();
				if (status >= 200 || status < 100) {
					return new Head(status, headers);
				}
			}
			throw new ProtocolViolation("too many interim responses");
		}

		private Map<String, List<String>> readHeaders() throws IOException {
			Map<String, List<String>> headers = new LinkedHashMap<>();
			String lastName = null;
			for (int lines = 0; ; lines++) {
				if (lines > MAX_HEADER_LINES) {
					throw new ProtocolViolation("too many header lines");
				}
				String line = readLine();
				if (line == null) {
					throw new ProtocolViolation("connection closed inside the headers");
				}
				if (line.isEmpty()) {
					return headers;
				}
				if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && lastName != null) {
					List<String> values = headers.get(lastName);
					values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
					continue;
				}
				int colon = line.indexOf(':');
				if (colon <= 0) {
					continue; // tolerated, as browsers do
				}
				lastName = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
				headers.computeIfAbsent(lastName, name -> new ArrayList<>()).add(line.substring(colon + 1).strip());
			}
		}

		private String readLine() throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream(128);
			while (true) {
				int b = in.read();
				if (b < 0) {
					return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
				}
				if (b == '\n') {
					byte[] bytes = line.toByteArray();
					int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
					return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
				}
				if (line.size() >= MAX_LINE) {
					throw new ProtocolViolation("header line longer than " + MAX_LINE + " bytes");
				}
				line.write(b);
			}
		}

		Body readBody(Head head, long maxBytes) {
			ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, 64 * 1024));
			try {
				if (head.status() == 204 || head.status() == 304) {
					return Body.NONE;
				}
				long declared = -1;
				InputStream body = in;
				String transferEncoding = head.header("transfer-encoding");
				String contentLength = head.header("content-length");
				if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
					body = new ChunkedInput(in);
				}
				else if (contentLength != null) {
					if (!contentLength.matches("[0-9]{1,18}")) {
						throw new ProtocolViolation("bad Content-Length: " + Urls.abbreviate(contentLength));
					}
					declared = Long.parseLong(contentLength);
					body = new FixedLengthInput(in, declared);
				}
				String encoding = head.header("content-encoding");
				String coding = encoding == null ? "identity" : encoding.strip().toLowerCase(Locale.ROOT);
				switch (coding) {
					case "identity", "" -> {
					}
					case "gzip", "x-gzip" -> {
						body = new GZIPInputStream(body);
						declared = -1;
					}
					case "deflate" -> {
						body = new InflaterInputStream(body);
						declared = -1;
					}
					default -> throw new ProtocolViolation("unsupported Content-Encoding: " + Urls.abbreviate(coding));
				}
				byte[] buffer = new byte[16 * 1024];
				while (out.size() < maxBytes) {
					int n = body.read(buffer, 0, (int) Math.min(buffer.length, maxBytes - out.size()));
					if (n < 0) {
						return new Body(out.toByteArray(), false, null);
					}
					out.write(buffer, 0, n);
				}
				if (declared == maxBytes || declared < 0 && body.read() < 0) {
					return new Body(out.toByteArray(), false, null);
				}
				return new Body(out.toByteArray(), true, new FetchFailure(FetchProblem.TOO_LARGE,
						"body larger than " + maxBytes + " bytes: cut there"));
			}
			catch (IOException ex) {
				return new Body(out.toByteArray(), true, translate(ex));
			}
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}

	}

	/** One time limit for a whole fetch; each blocking step waits at most its own timeout and what is left. */
	private static final class Deadline {

		private long endNanos;

		private final Duration total;

		Deadline(Duration total) {
			this.total = total;
			this.endNanos = System.nanoTime() + total.toNanos();
		}

		int timeoutMillis(Duration step, String what) throws LimitReached {
			long leftMillis = (endNanos - System.nanoTime()) / 1_000_000;
			if (leftMillis <= 0) {
				throw new LimitReached(FetchProblem.TIMED_OUT, "page time limit of " + total + " passed (" + what + ")");
			}
			return (int) Math.max(1, Math.min(step.toMillis(), Math.min(leftMillis, Integer.MAX_VALUE)));
		}

		void extend(long nanos) {
			endNanos += nanos;
		}

	}

	/** A stream whose single-byte read goes through its block read. */
	private abstract static class BlockInput extends InputStream {

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			int n = read(one, 0, 1);
			return n < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public abstract int read(byte[] b, int off, int len) throws IOException;

	}

	/** The socket's input, with the socket timeout set before each read to min(read timeout, time left). */
	private static final class DeadlineInput extends BlockInput {

		private final Socket socket;

		private final InputStream in;

		private final Deadline deadline;

		private final Duration readTimeout;

		DeadlineInput(Socket socket, Deadline deadline, Duration readTimeout) throws IOException {
			this.socket = socket;
			this.in = socket.getInputStream();
			this.deadline = deadline;
			this.readTimeout = readTimeout;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int timeout = deadline.timeoutMillis(readTimeout, "read");
			socket.setSoTimeout(timeout);
			try {
				return in.read(b, off, len);
			}
			catch (SocketTimeoutException ex) {
				if (timeout < readTimeout.toMillis()) {
					throw new LimitReached(FetchProblem.TIMED_OUT, "page time limit passed while reading");
				}
				throw new LimitReached(FetchProblem.TIMED_OUT, "no data for " + readTimeout);
			}
		}

	}

	/** Content-Length framing: EOF before the declared length is an error, not a short page. */
	private static final class FixedLengthInput extends BlockInput {

		private final InputStream in;

		private long remaining;

		FixedLengthInput(InputStream in, long length) {
			this.in = in;
			this.remaining = length;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (remaining == 0) {
				return -1;
			}
			int n = in.read(b, off, (int) Math.min(len, remaining));
			if (n < 0) {
				throw new EOFException("connection closed " + remaining + " bytes before the Content-Length");
			}
			remaining -= n;
			return n;
		}

	}

	/** Transfer-Encoding: chunked. Trailers are read and dropped. */
	private static final class ChunkedInput extends BlockInput {

		private final InputStream in;

		private long remaining;

		private boolean first = true;

		private boolean done;

		ChunkedInput(InputStream in) {
			this.in = in;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (done) {
				return -1;
			}
			if (remaining == 0) {
				if (!first && !line().isEmpty()) {
					throw new ProtocolViolation("chunk not followed by CRLF");
				}
				first = false;
				String sizeLine = line();
				int semicolon = sizeLine.indexOf(';');
				String size = (semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).strip();
				if (!size.matches("[0-9a-fA-F]{1,15}")) {
					throw new ProtocolViolation("bad chunk size: " + Urls.abbreviate(sizeLine));
				}
				remaining = Long.parseLong(size, 16);
				if (remaining == 0) {
					while (!line().isEmpty()) {
						// trailer fields
					}
					done = true;
					return -1;
				}
			}
			int n = in.read(b, off, (int) Math.min(len, remaining));
			if (n < 0) {
				throw new EOFException("connection closed inside a chunk");
			}
			remaining -= n;
			return n;
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder();
			while (true) {
				int c = in.read();
				if (c < 0) {
					throw new EOFException("connection closed inside chunk framing");
				}
				if (c == '\n') {
					return line.toString().strip();
				}
				if (line.length() > 1024) {
					throw new ProtocolViolation("chunk framing line too long");
				}
				line.append((char) c);
			}
		}

	}

	private static final class ProtocolViolation extends IOException {

		ProtocolViolation(String message) {
			super(message);
		}

	}

	private static final class LimitReached extends IOException {

		private final FetchProblem problem;

		LimitReached(FetchProblem problem, String message) {
			super(message);
			this.problem = problem;
		}

	}

}
