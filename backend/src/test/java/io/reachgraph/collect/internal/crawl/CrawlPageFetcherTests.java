package io.reachgraph.collect.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.reachgraph.collect.internal.social.CollectionListener;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Fetching single pages from a local site: redirects, limits, content types, charsets, SSRF on every hop. */
class CrawlPageFetcherTests extends LocalSitesTest {

	private static final String PAGE = "<html><head><title>Hello</title></head><body><a href=\"/next\">next</a></body></html>";

	private FetchedPage fetch(PageFetcher fetcher, String host, String path) {
		return fetcher.fetch(URI.create(sites.url(host, path)), PinnedHttp.RedirectPolicy.FOLLOW_ALL,
				CollectionListener.NONE);
	}

	@Test
	void fetchesAnHtmlPageAndReadsIt() {
		sites.html("alpha.test", "/", PAGE);
		FetchedPage page = fetch(settings.fetcher(), "alpha.test", "/");
		assertThat(page.problem()).isNull();
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).isEqualTo("text/html");
		assertThat(page.redirects()).isEmpty();
		assertThat(page.finalUrl()).isEqualTo(page.requestedUrl()).isEqualTo(sites.url("alpha.test", "/"));
		assertThat(page.content().title()).isEqualTo("Hello");
		assertThat(page.content().links()).extracting(PageContent.Link::url).containsExactly(sites.url("alpha.test", "/next"));
		assertThat(sites.requests()).singleElement()
			.satisfies(request -> assertThat(request.userAgent())
				.isEqualTo("ReachgraphBot/0.1 (+https://reachgraph.example/bot)"));
	}

	@Test
	void followsA301ThenA302ToThePageAndReportsTheChain() {
		sites.redirect("alpha.test", "/old", 301, "/moved")
			.redirect("alpha.test", "/moved", 302, sites.url("www.alpha.test", "/final"))
			.html("www.alpha.test", "/final", PAGE);
		FetchedPage page = fetch(settings.fetcher(), "alpha.test", "/old");
		assertThat(page.problem()).isNull();
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.redirects()).containsExactly(sites.url("alpha.test", "/old"), sites.url("alpha.test", "/moved"));
		assertThat(page.finalUrl()).isEqualTo(sites.url("www.alpha.test", "/final"));
		assertThat(page.content().title()).isEqualTo("Hello");
	}

	@Test
	void stopsARedirectLoop() {
		sites.redirect("alpha.test", "/a", 302, "/b").redirect("alpha.test", "/b", 302, "/a");
		FetchedPage page = fetch(settings.fetcher(), "alpha.test", "/a");
		assertThat(page.problem()).isEqualTo(FetchProblem.REDIRECT_LOOP);
		assertThat(page.content()).isNull();
		assertThat(sites.paths("alpha.test")).containsExactly("/a", "/b");
	}

	@Test
	void stopsAfterTheMaximumNumberOfRedirects() {
		for (int i = 0; i < 10; i++) {
			sites.redirect("alpha.test", "/r" + i, 307, "/r" + (i + 1));
		}
		FetchedPage page = fetch(settings.fetcher(), "alpha.test", "/r0");
		assertThat(page.problem()).isEqualTo(FetchProblem.TOO_MANY_REDIRECTS);
		assertThat(sites.paths("alpha.test")).hasSize(6); // the first request and 5 redirects followed
	}

	@Test
	void asksBeforeFollowingEachRedirect() {
		sites.redirect("alpha.test", "/a", 302, "/private/b").html("alpha.test", "/private/b", PAGE);
		FetchedPage page = settings.fetcher()
			.fetch(URI.create(sites.url("alpha.test", "/a")),
					hop -> hop.getPath().startsWith("/private/") ? FetchProblem.ROBOTS_DISALLOWED : null,
					CollectionListener.NONE);
		assertThat(page.problem()).isEqualTo(FetchProblem.ROBOTS_DISALLOWED);
		assertThat(page.problemDetail()).contains("/private/b");
		assertThat(page.finalUrl()).isEqualTo(sites.url("alpha.test", "/a"));
		assertThat(sites.paths("alpha.test")).containsExactly("/a");
	}

	@Test
	void timeSpentWaitingBetweenRedirectsDoesNotCountAgainstThePageTimeLimit() {
		settings.pageTimeout = Duration.ofMillis(400);
		sites.redirect("alpha.test", "/a", 302, "/b").redirect("alpha.test", "/b", 302, "/c").html("alpha.test", "/c", PAGE);
		FetchedPage page = settings.fetcher().fetch(URI.create(sites.url("alpha.test", "/a")), hop -> {
			Thread.sleep(300); // a polite crawl delay, stood in for by a real wait
			return null;
		}, CollectionListener.NONE);
		assertThat(page.problem()).isNull();
		assertThat(page.content().title()).isEqualTo("Hello");
	}

	@Test
	void anInterruptedWaitBetweenRedirectsCancelsTheFetch() {
		sites.redirect("alpha.test", "/a", 302, "/b").html("alpha.test", "/b", PAGE);
		try {
			FetchedPage page = settings.fetcher().fetch(URI.create(sites.url("alpha.test", "/a")), hop -> {
				throw new InterruptedException("job cancelled");
			}, CollectionListener.NONE);
			assertThat(page.problem()).isEqualTo(FetchProblem.CANCELLED);
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
		assertThat(sites.paths("alpha.test")).containsExactly("/a");
	}

	@Test
	void cutsAPageThatNeverEndsAtTheByteCap() {
		settings.maxPageBytes = 64 * 1024;
		sites.handle("alpha.test", "/endless", exchange -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html");
			exchange.sendResponseHeaders(200, 0); // chunked, no end
			OutputStream out = exchange.getResponseBody();
			out.write("<html><title>Endless</title><a href=\"https://beta.test/\">b</a>".getBytes(StandardCharsets.UTF_8));
			byte[] filler = "<p>more and more</p>\n".repeat(100).getBytes(StandardCharsets.UTF_8);
			while (true) {
				out.write(filler);
			}
		});
		long started = System.nanoTime();
		FetchedPage page = fetch(settings.fetcher(), "alpha.test", "/endless");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(page.problem()).isEqualTo(FetchProblem.TOO_LARGE);
		assertThat(page.bytes()).isEqualTo(64 * 1024);
		assertThat(page.content().title()).isEqualTo("Endless");
		assertThat(page.content().links()).extracting(PageContent.Link::url).containsExactly("https://beta.test/");
	}

	@Test
	void cutsAFiftyMegabytePageWithoutDownloadingIt() {
		settings.maxPageBytes = 256 * 1024;
		long size = 50L * 1024 * 1024;
		AtomicLong written = new AtomicLong();
		sites.handle("alpha.test", "/huge", exchange -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html");
			exchange.sendResponseHeaders(200, size);
			OutputStream out = exchange.getResponseBody();
			byte[] block = new byte[64 * 1024];
			Arrays.fill(block, (byte) 'x');
			for (long sent = 0; sent < size; sent += block.length) {
				out.write(block);
				written.addAndGet(block.length);
			}
		});
		FetchedPage page = fetch(settings.fetcher(), "alpha.test", "/huge");
		assertThat(page.problem()).isEqualTo(FetchProblem.TOO_LARGE);
		assertThat(page.bytes()).isEqualTo(256 * 1024);
		assertThat(written.get()).isLessThan(size);
	}

	@Test
	void givesUpOnAPageThatTricklesPastThePageTimeLimit() {
		settings.readTimeout = Duration.ofSeconds(2);
		settings.pageTimeout = Duration.ofMillis(700);
		sites.handle("alpha.test", "/trickle", exchange -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html");
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			out.write("<title>Slow</title>".getBytes(StandardCharsets.UTF_8));
			while (true) {
				out.write(' ');
				out.flush();
				sleep(50);
			}
		});
		long started = System.nanoTime();
		FetchedPage page = fetch(settings.fetcher(), "alpha.test", "/trickle");
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(page.problem()).isEqualTo(FetchProblem.TIMED_OUT);
		assertThat(page.problemDetail()).contains("page time limit");
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(600)).isLessThan(Duration.ofSeconds(2));
		assertThat(page.content().title()).isEqualTo("Slow");
	}

	@Test
	void givesUpOnAServerThatAcceptsButNeverAnswers() {
		settings.readTimeout = Duration.ofMillis(300);
		sites.handle("alpha.test", "/hang", exchange -> sleep(60_000));
		long started = System.nanoTime();
		FetchedPage page = fetch(settings.fetcher(), "alpha.test", "/hang");
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(page.problem()).isEqualTo(FetchProblem.TIMED_OUT);
		assertThat(page.problemDetail()).contains("no data for");
		assertThat(page.status()).isZero();
		assertThat(took).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void recordsANonHtmlFileByItsContentTypeWithoutDownloadingIt() {
		byte[] pdf = new byte[1024 * 1024];
		sites.respond("alpha.test", "/guide.pdf", 200, "application/pdf", pdf);
		FetchedPage page = fetch(settings.fetcher(), "alpha.test", "/guide.pdf");
		assertThat(page.problem()).isNull();
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).isEqualTo("application/pdf");
		assertThat(page.bytes()).isZero();
		assertThat(page.html()).isFalse();
	}

	@Test
	void readsXhtmlAndSniffsHtmlWithoutAContentType() {
		sites.respond("alpha.test", "/x", 200, "application/xhtml+xml", "<html><title>X</title></html>".getBytes(StandardCharsets.UTF_8))
			.respond("alpha.test", "/untyped", 200, null, "\n <!DOCTYPE html><title>U</title>".getBytes(StandardCharsets.UTF_8))
			.respond("alpha.test", "/text", 200, "text/plain", "<title>T</title>".getBytes(StandardCharsets.UTF_8));
		assertThat(fetch(settings.fetcher(), "alpha.test", "/x").content().title()).isEqualTo("X");
		assertThat(fetch(settings.fetcher(), "alpha.test", "/untyped").content().title()).isEqualTo("U");
		assertThat(fetch(settings.fetcher(), "alpha.test", "/text").html()).isFalse();
	}

	@Test
	void takesTheCharsetFromTheHeaderElseFromTheMetaTag() {
		Charset latin1 = StandardCharsets.ISO_8859_1;
		sites.respond("alpha.test", "/header", 200, "text/html; charset=ISO-8859-1", "<title>Café</title>".getBytes(latin1))
			.respond("alpha.test", "/meta", 200, "text/html",
					"<meta charset=\"windows-1252\"><title>Über</title>".getBytes(Charset.forName("windows-1252")))
			.respond("alpha.test", "/bogus", 200, "text/html; charset=no-such-charset",
					"<title>Grüße</title>".getBytes(StandardCharsets.UTF_8));
		assertThat(fetch(settings.fetcher(), "alpha.test", "/header").content().title()).isEqualTo("Café");
		assertThat(fetch(settings.fetcher(), "alpha.test", "/meta").content().title()).isEqualTo("Über");
		assertThat(fetch(settings.fetcher(), "alpha.test", "/bogus").content().title()).isEqualTo("Grüße");
	}

	@Test
	void decodesGzipAndCapsTheDecodedSize() throws Exception {
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
			gzip.write(("<title>Zipped</title>" + " ".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8));
		}
		sites.handle("alpha.test", "/zipped", exchange -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html");
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			exchange.sendResponseHeaders(200, zipped.size());
			exchange.getResponseBody().write(zipped.toByteArray());
		});
		settings.maxPageBytes = 100_000;
		FetchedPage page = fetch(settings.fetcher(), "alpha.test", "/zipped");
		assertThat(page.content().title()).isEqualTo("Zipped");
		assertThat(page.problem()).isEqualTo(FetchProblem.TOO_LARGE);
		assertThat(page.bytes()).isEqualTo(100_000);
	}

	@Test
	void refusesPrivateAddressesWhenNotAllowed() {
		settings.allowPrivateAddresses = false;
		sites.html("alpha.test", "/", PAGE);
		FetchedPage page = fetch(settings.fetcher(), "alpha.test", "/");
		assertThat(page.problem()).isEqualTo(FetchProblem.REFUSED_ADDRESS);
		assertThat(sites.requests()).isEmpty();
	}

	/**
	 * A public name whose answer changes between lookups (DNS rebinding) and redirects into the private network. The
	 * dialer stands in for the internet: it records the address asked for and connects to the local site instead.
	 */
	@Test
	void connectsToTheAddressItCheckedAndChecksEveryRedirectHop() throws Exception {
		settings.allowPrivateAddresses = false;
		AtomicInteger lookups = new AtomicInteger();
		AddressGuard.Resolver rebinding = host -> new InetAddress[] {
				InetAddress.getByName(lookups.getAndIncrement() == 0 ? "93.184.216.34" : "127.0.0.1") };
		List<InetSocketAddress> dialled = new CopyOnWriteArrayList<>();
		PinnedHttp.Dialer internet = (address, timeout) -> {
			dialled.add(address);
			Socket socket = new Socket();
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), sites.port()), timeout);
			return socket;
		};
		sites.redirect("rebind.test", "/", 302, "/admin").html("rebind.test", "/admin", PAGE);
		PageFetcher fetcher = settings.fetcher(settings.http(rebinding, internet, TestCrawlers.defaultTls()));

		FetchedPage page = fetch(fetcher, "rebind.test", "/");

		assertThat(dialled).extracting(address -> address.getAddress().getHostAddress()).containsExactly("93.184.216.34");
		assertThat(page.problem()).isEqualTo(FetchProblem.REFUSED_ADDRESS);
		assertThat(page.problemDetail()).contains("loopback");
		assertThat(sites.paths("rebind.test")).containsExactly("/");
		assertThat(sites.requests().get(0).host()).isEqualTo("rebind.test");
	}

	@Test
	void refusesRedirectsToMetadataLoopbackOrOtherSchemes() {
		settings.allowPrivateAddresses = false;
		PinnedHttp.Dialer internet = (address, timeout) -> {
			Socket socket = new Socket();
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), sites.port()), timeout);
			return socket;
		};
		AddressGuard.Resolver publicNames = host -> new InetAddress[] { InetAddress.getByName("93.184.216.34") };
		PageFetcher fetcher = settings.fetcher(settings.http(publicNames, internet, TestCrawlers.defaultTls()));
		sites.redirect("public.test", "/meta", 302, "http://169.254.169.254/latest/meta-data/")
			.redirect("public.test", "/local", 301, "http://2130706433:" + sites.port() + "/")
			.redirect("public.test", "/file", 302, "file:///etc/passwd");
		assertThat(fetch(fetcher, "public.test", "/meta").problem()).isEqualTo(FetchProblem.REFUSED_ADDRESS);
		assertThat(fetch(fetcher, "public.test", "/local").problem()).isEqualTo(FetchProblem.REFUSED_ADDRESS);
		assertThat(fetch(fetcher, "public.test", "/file").problem()).isEqualTo(FetchProblem.INVALID_URL);
		assertThat(sites.requests()).extracting(LocalSites.Request::path).containsExactly("/meta", "/local", "/file");
	}

	@Test
	void reportsEachRequestToTheListener() {
		sites.redirect("alpha.test", "/a", 301, "/b").html("alpha.test", "/b", PAGE);
		List<String> sent = new CopyOnWriteArrayList<>();
		settings.fetcher().fetch(URI.create(sites.url("alpha.test", "/a")), PinnedHttp.RedirectPolicy.FOLLOW_ALL,
				new CollectionListener() {
			@Override
			public void requestSent(String url) {
				sent.add(url);
			}
		});
		assertThat(sent).containsExactly(sites.url("alpha.test", "/a"), sites.url("alpha.test", "/b"));
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("stopped", ex);
		}
	}

}
