package io.reachgraph.collect.internal.crawl;

import io.reachgraph.collect.internal.social.CollectionListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fetches one page through {@link PinnedHttp} (guarded, address-pinned, redirects followed hop by hop, time and byte
 * limits) and, when it is HTML, parses it with jsoup and reads it with {@link PageAnalyzer}. Only
 * {@code text/html} and {@code application/xhtml+xml} bodies are downloaded (and bodies without a Content-Type that
 * look like HTML); anything else is recorded by its content type. The charset comes from the Content-Type header, else
 * from a BOM or {@code <meta charset>} (jsoup's detection), else UTF-8.
 */
final class PageFetcher {

	private final PinnedHttp http;

	private final PageAnalyzer analyzer;

	private final long maxPageBytes;

	PageFetcher(PinnedHttp http, PageAnalyzer analyzer, long maxPageBytes) {
		this.http = http;
		this.analyzer = analyzer;
		this.maxPageBytes = maxPageBytes;
	}

	/**
	 * @param redirects asked before each redirect hop (robots.txt, duplicates, politeness)
	 */
	FetchedPage fetch(URI url, PinnedHttp.RedirectPolicy redirects, CollectionListener listener) {
		PinnedHttp.Response response = http.get(url, maxPageBytes,
				(status, mediaType) -> status / 100 == 2 && (mediaType == null || isHtml(mediaType)), redirects, listener);
		String mediaType = response.mediaType();
		byte[] body = response.body();
		PageContent content = null;
		if (response.status() / 100 == 2 && body.length > 0
				&& (mediaType == null ? looksLikeHtml(body) : isHtml(mediaType))) {
			content = analyzer.analyze(parse(body, response), response.finalUrl(), response.header("content-language"));
		}
		FetchFailure failure = response.failure();
		return new FetchedPage(response.requested().toString(), response.finalUrl().toString(), response.status(),
				mediaType, response.redirects().stream().map(URI::toString).toList(),
				failure == null ? null : failure.problem(), failure == null ? null : failure.getMessage(), body.length,
				content);
	}

	static boolean isHtml(String mediaType) {
		return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
	}

	private static Document parse(byte[] body, PinnedHttp.Response response) {
		try {
			return Jsoup.parse(new ByteArrayInputStream(body), supported(response.charset()),
					response.finalUrl().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex); // not thrown for an in-memory stream
		}
	}

	private static String supported(String charset) {
		try {
			return charset != null && Charset.isSupported(charset) ? charset : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** For responses without a Content-Type: a markup start after optional BOM and whitespace. */
	private static boolean looksLikeHtml(byte[] body) {
		String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1).replace("\u00ef\u00bb\u00bf", "")
			.stripLeading()
			.toLowerCase(Locale.ROOT);
		return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
				|| start.startsWith("<body") || start.startsWith("<!--");
	}

}
