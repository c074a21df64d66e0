package io.reachgraph.collect.internal.social;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Bios and profile fields: HTML to plain text, and the web links in them. */
final class ProfileText {

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);

	private static final String TRAILING_PUNCTUATION = ".,;:!?)]}»”’";

	private ProfileText() {
	}

	/** Absolute http(s) URLs written out in {@code text}, in order, without sentence punctuation after them. */
	static List<String> urlsIn(String text) {
		List<String> urls = new ArrayList<>();
		if (text == null) {
			return urls;
		}
		Matcher matcher = URL.matcher(text);
		while (matcher.find()) {
			String url = matcher.group();
			while (!url.isEmpty() && TRAILING_PUNCTUATION.indexOf(url.charAt(url.length() - 1)) >= 0
					&& !(url.endsWith(")") && url.contains("("))) {
				url = url.substring(0, url.length() - 1);
			}
			if (isWebUrl(url)) {
				urls.add(url);
			}
		}
		return urls;
	}

	/**
	 * The targets of the links in an HTML fragment, then URLs written out in its text, leaving out links to
	 * mentioned accounts and hashtags (Mastodon marks them with the classes {@code mention} / {@code hashtag}).
	 */
	static List<String> linksInHtml(String html) {
		List<String> urls = new ArrayList<>();
		if (html == null || html.isBlank()) {
			return urls;
		}
		Element body = Jsoup.parseBodyFragment(html).body();
		for (Element anchor : body.select("a[href]")) {
			if (anchor.hasClass("mention") || anchor.hasClass("hashtag") || "tag".equalsIgnoreCase(anchor.attr("rel"))) {
				continue;
			}
			String href = anchor.attr("href").trim();
			if (isWebUrl(href)) {
				urls.add(href);
			}
		}
		Element withoutAnchors = body.clone();
		withoutAnchors.select("a").remove();
		urls.addAll(urlsIn(withoutAnchors.wholeText()));
		return urls;
	}

	/** Plain text of an HTML fragment: paragraphs become blank lines, {@code <br>} a line break; null if empty. */
	static String htmlToText(String html) {
		if (html == null || html.isBlank()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		Element body = Jsoup.parseBodyFragment(html).body();
		body.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					text.append(textNode.getWholeText());
				}
				else if (node instanceof Element element && element.nameIs("br")) {
					text.append('\n');
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && element.nameIs("p")) {
					text.append("\n\n");
				}
			}

		});
		String plain = text.toString()
			.replace('\u00a0', ' ')
			.replaceAll("[ \\t\\x0B\\f\\r]+", " ")
			.replaceAll(" *\\n *", "\n")
			.replaceAll("\\n{3,}", "\n\n")
			.strip();
		return plain.isEmpty() ? null : plain;
	}

	/** An absolute http(s) URL with a host. */
	static boolean isWebUrl(String candidate) {
		try {
			URI uri = new URI(candidate);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
