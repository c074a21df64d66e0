package io.reachgraph.collect.internal.crawl;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads one parsed HTML page: title, description, language, canonical URL, links with their {@code rel} tokens and
 * anchor text, feeds, and the partner-site signals (contact page, write-for-us / guest-post page, mailto addresses).
 * Stateless and thread-safe.
 */
final class PageAnalyzer {

	private static final Pattern CONTACT = whole("contact|contact us|contact me|contactus|contacts|kontakt|kontaktieren"
			+ "|kontaktformular|contacto|contato|contatti|contactez nous|get in touch|reach us|reach out");

	private static final Pattern ABOUT = whole("about|about us|about me|aboutus|uber uns|über uns|ueber uns|impressum"
			+ "|imprint|a propos|à propos|qui sommes nous|chi siamo|sobre nosotros|sobre nos");

	private static final Pattern GUEST_POST = anywhere("write for us|writeforus|write for me|guest post|guest posts"
			+ "|guestpost|guest posting|guest blogging|guest blogger|guest blog|guest article|guest author|guest authors"
			+ "|guest contributor|submit a guest post|submit guest post|submit a post|submit an article|submit article"
			+ "|contribute|contributor|contributors|contributing|become a contributor|become a writer"
			+ "|submission guidelines|contributor guidelines|schreib fur uns|schreib für uns|gastbeitrag|gastartikel");

	private static final Pattern ADVERTISE = anywhere("advertise|advertise with us|advertising|sponsored post|sponsored posts"
			+ "|sponsored content|media kit|mediakit|partner with us|work with us|werben|werbung");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>(),;:\"\\[\\]]+@[a-z0-9.-]+\\.[a-z0-9-]{2,}");

	private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
			"application/feed+json");

	private static final int MAX_TEXT = 200;

	private final String robotsToken;

	/** @param robotsToken our user-agent token, lower case: a {@code <meta name=...>} with it counts like robots */
	PageAnalyzer(String robotsToken) {
		this.robotsToken = robotsToken.toLowerCase(Locale.ROOT);
	}

	PageContent analyze(Document doc, URI pageUrl, String headerLanguage) {
		String pageDomain = Urls.registrableDomain(pageUrl);
		boolean nofollowPage = nofollowPage(doc);
		List<PageContent.Link> links = new ArrayList<>();
		Set<String> emails = new LinkedHashSet<>();
		Map<String, Integer> contact = new LinkedHashMap<>();
		Map<String, Integer> guestPost = new LinkedHashMap<>();
		offer(contact, pageUrl.toString(), contactRank(pageUrl, doc.title()));
		offer(guestPost, pageUrl.toString(), guestPostRank(pageUrl, doc.title()));
		for (Element anchor : doc.select("a[href], area[href]")) {
			String href = anchor.attr("href").strip();
			if (href.regionMatches(true, 0, "mailto:", 0, 7)) {
				emails.addAll(mailtoAddresses(href.substring(7)));
				continue;
			}
			Optional<URI> target = Urls.tryNormalize(anchor.absUrl("href"));
			if (target.isEmpty()) {
				continue;
			}
			URI url = target.get();
			String text = anchorText(anchor);
			Set<PageContent.Rel> rel = rel(anchor.attr("rel"));
			if (nofollowPage) {
				rel.add(PageContent.Rel.NOFOLLOW);
			}
			links.add(new PageContent.Link(url.toString(), text, rel));
			if (sameSite(url, pageDomain)) {
				offer(contact, url.toString(), contactRank(url, text));
				offer(guestPost, url.toString(), guestPostRank(url, text));
			}
		}
		return new PageContent(title(doc), description(doc), language(doc, headerLanguage), canonical(doc),
				nofollowPage, links, feeds(doc), ranked(contact), ranked(guestPost), List.copyOf(emails));
	}

	private boolean nofollowPage(Document doc) {
		for (Element meta : doc.select("meta[name][content]")) {
			String name = meta.attr("name").strip().toLowerCase(Locale.ROOT);
			if (name.equals("robots") || name.equals(robotsToken)) {
				String content = meta.attr("content").toLowerCase(Locale.ROOT);
				if (content.contains("nofollow") || content.matches(".*\\bnone\\b.*")) {
					return true;
				}
			}
		}
		return false;
	}

	private static Set<PageContent.Rel> rel(String attribute) {
		Set<PageContent.Rel> rel = EnumSet.noneOf(PageContent.Rel.class);
		for (String token : attribute.toLowerCase(Locale.ROOT).split("\\s+")) {
			switch (token) {
				case "nofollow" -> rel.add(PageContent.Rel.NOFOLLOW);
				case "sponsored" -> rel.add(PageContent.Rel.SPONSORED);
				case "ugc" -> rel.add(PageContent.Rel.UGC);
				default -> {
				}
			}
		}
		return rel;
	}

	private static String anchorText(Element anchor) {
		String text = anchor.text().strip();
		if (text.isEmpty()) {
			text = anchor.attr("title").strip();
		}
		if (text.isEmpty()) {
			Element image = anchor.selectFirst("img[alt]");
			text = image == null ? "" : image.attr("alt").strip();
		}
		if (text.isEmpty() && anchor.tagName().equals("area")) {
			text = anchor.attr("alt").strip();
		}
		return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
	}

	private static boolean sameSite(URI url, String domain) {
		try {
			return Urls.registrableDomain(url).equals(domain);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * 0 for contact pages, 1 for about / imprint pages, -1 for neither. The anchor text or the last path segment must
	 * be the phrase itself ({@code /contact-us/}, "Kontakt"), so a post about contacting someone does not count.
	 */
	static int contactRank(URI url, String text) {
		String segment = words(lastSegment(url));
		String label = words(text);
		if (CONTACT.matcher(segment).matches() || CONTACT.matcher(label).matches()) {
			return 0;
		}
		if (ABOUT.matcher(segment).matches() || ABOUT.matcher(label).matches()) {
			return 1;
		}
		return -1;
	}

	/**
	 * 0 for write-for-us / guest-post / contribute pages, 1 for advertise pages, -1 for neither. The phrase may stand
	 * anywhere in the path or the anchor text ({@code /guest-post-guidelines}, "Submit a guest post here").
	 */
	static int guestPostRank(URI url, String text) {
		String path = words(pathOf(url));
		String label = words(text);
		if (GUEST_POST.matcher(path).find() || GUEST_POST.matcher(label).find()) {
			return 0;
		}
		if (ADVERTISE.matcher(path).find() || ADVERTISE.matcher(label).find()) {
			return 1;
		}
		return -1;
	}

	/** The last non-empty path segment without a file extension: {@code /pages/contact.html} → {@code contact}. */
	private static String lastSegment(URI url) {
		String path = pathOf(url);
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		String segment = path.substring(path.lastIndexOf('/') + 1);
		return segment.replaceFirst("(?i)\\.(html?|php|aspx?|jsp)$", "");
	}

	private static void offer(Map<String, Integer> candidates, String url, int rank) {
		if (rank >= 0) {
			candidates.merge(url, rank, Math::min);
		}
	}

	private static List<PageContent.RankedUrl> ranked(Map<String, Integer> candidates) {
		return candidates.entrySet()
			.stream()
			.map(entry -> new PageContent.RankedUrl(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingInt(PageContent.RankedUrl::rank)) // stable: document order within a rank
			.toList();
	}

	private static List<String> mailtoAddresses(String rest) {
		int question = rest.indexOf('?');
		String addresses = question >= 0 ? rest.substring(0, question) : rest;
		List<String> out = new ArrayList<>();
		for (String part : percentDecode(addresses).split(",")) {
			String address = part.strip().toLowerCase(Locale.ROOT);
			if (EMAIL.matcher(address).matches()) {
				out.add(address);
			}
		}
		return out;
	}

	private static String feedsType(Element link) {
		return link.attr("type").strip().toLowerCase(Locale.ROOT);
	}

	private static List<String> feeds(Document doc) {
		Set<String> feeds = new LinkedHashSet<>();
		for (Element link : doc.select("link[rel][type][href]")) {
			boolean alternate = List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("alternate");
			if (alternate && FEED_TYPES.contains(feedsType(link))) {
				Urls.tryNormalize(link.absUrl("href")).ifPresent(url -> feeds.add(url.toString()));
			}
		}
		return List.copyOf(feeds);
	}

	private static String canonical(Document doc) {
		for (Element link : doc.select("link[rel][href]")) {
			if (List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("canonical")) {
				return Urls.tryNormalize(link.absUrl("href")).map(URI::toString).orElse(null);
			}
		}
		return null;
	}

	private static String title(Document doc) {
		String title = doc.title().strip();
		return !title.isEmpty() ? title : meta(doc, "meta[property=og:title]");
	}

	private static String description(Document doc) {
		String description = meta(doc, "meta[name=description]");
		return description != null ? description : meta(doc, "meta[property=og:description]");
	}

	private static String language(Document doc, String headerLanguage) {
		Element html = doc.selectFirst("html[lang]");
		String language = html != null ? html.attr("lang") : meta(doc, "meta[http-equiv=content-language]");
		if (language == null || language.isBlank()) {
			language = headerLanguage;
		}
		if (language == null) {
			return null;
		}
		String first = language.split(",")[0].strip();
		return first.isEmpty() || first.length() > 35 ? null : first;
	}

	private static String meta(Document doc, String selector) {
		Element meta = doc.selectFirst(selector);
		if (meta == null) {
			return null;
		}
		String content = meta.attr("content").strip();
		return content.isEmpty() ? null : content.length() <= 1000 ? content : content.substring(0, 1000);
	}

	private static String pathOf(URI url) {
		String path = url.getRawPath() == null ? "" : url.getRawPath();
		return percentDecode(path);
	}

	private static String percentDecode(String text) {
		try {
			return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	/** Lower case, every run of non-letters and non-digits one space: {@code /Write-For_Us.html} → {@code write for us html}. */
	private static String words(String text) {
		if (text == null) {
			return "";
		}
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static Pattern whole(String alternatives) {
		return Pattern.compile("(?:" + alternatives + ")");
	}

	private static Pattern anywhere(String alternatives) {
		return Pattern.compile("(?:^| )(?:" + alternatives + ")(?: |$)");
	}

}
