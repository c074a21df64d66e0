package io.reachgraph.collect.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.reachgraph.collect.internal.crawl.PageContent.Rel;
import java.net.URI;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is read from one page: metadata, links with their rel tokens, feeds, partner-site signals. */
class CrawlPageAnalyzerTests {

	private static final URI PAGE = URI.create("https://www.alpha.test/blog/post");

	private final PageAnalyzer analyzer = new PageAnalyzer("reachgraphbot");

	private PageContent analyze(String html) {
		return analyzer.analyze(Jsoup.parse(html, PAGE.toString()), PAGE, null);
	}

	@Test
	void readsTitleDescriptionLanguageAndCanonical() {
		PageContent content = analyze("""
				<html lang="de-AT"><head><title> Alpha Reisen </title>
				<meta name="Description" content="Reiseblog aus Wien">
				<link rel="canonical" href="/blog/post?utm=x#frag"></head><body></body></html>""");
		assertThat(content.title()).isEqualTo("Alpha Reisen");
		assertThat(content.description()).isEqualTo("Reiseblog aus Wien");
		assertThat(content.language()).isEqualTo("de-AT");
		assertThat(content.canonicalUrl()).isEqualTo("https://www.alpha.test/blog/post?utm=x");
	}

	@Test
	void fallsBackToOpenGraphAndTheContentLanguageHeader() {
		PageContent content = analyzer.analyze(Jsoup.parse("""
				<head><meta property="og:title" content="OG title"><meta property="og:description" content="OG text">
				</head>""", PAGE.toString()), PAGE, "fr, en");
		assertThat(content.title()).isEqualTo("OG title");
		assertThat(content.description()).isEqualTo("OG text");
		assertThat(content.language()).isEqualTo("fr");
	}

	@Test
	void readsLinksWithRelTokensAndAnchorTextResolvedAndWithoutFragments() {
		PageContent content = analyze("""
				<base href="https://www.alpha.test/blog/">
				<a href="https://beta.test/a#x">Beta</a>
				<a href="//gamma.test/g" rel="NoFollow">Gamma</a>
				<a href="https://delta.test/" rel="sponsored noopener">Delta</a>
				<a href="https://epsilon.test/" rel="ugc nofollow"><img src="e.png" alt="Epsilon logo"></a>
				<a href="relative">Relative</a>
				<a href="#top">Top</a>
				<a href="javascript:void(0)">JS</a>
				<a href="ftp://files.test/x">FTP</a>
				<a href="tel:+431234">Call</a>
				<a>no href</a>""");
		assertThat(content.links()).extracting(PageContent.Link::url, PageContent.Link::text, PageContent.Link::rel)
			.containsExactly(tuple("https://beta.test/a", "Beta", Set.of()),
					tuple("https://gamma.test/g", "Gamma", Set.of(Rel.NOFOLLOW)),
					tuple("https://delta.test/", "Delta", Set.of(Rel.SPONSORED)),
					tuple("https://epsilon.test/", "Epsilon logo", Set.of(Rel.UGC, Rel.NOFOLLOW)),
					tuple("https://www.alpha.test/blog/relative", "Relative", Set.of()),
					tuple("https://www.alpha.test/blog/", "Top", Set.of()));
		assertThat(content.links().get(0).followed()).isTrue();
		assertThat(content.links().get(2).followed()).isFalse();
		assertThat(content.nofollowPage()).isFalse();
	}

	@Test
	void aRobotsMetaNofollowMakesEveryLinkNofollow() {
		PageContent content = analyze("""
				<meta name="robots" content="noindex, nofollow"><a href="https://beta.test/">Beta</a>""");
		assertThat(content.nofollowPage()).isTrue();
		assertThat(content.links()).singleElement().satisfies(link -> assertThat(link.rel()).containsExactly(Rel.NOFOLLOW));
		assertThat(analyze("<meta name=\"ReachgraphBot\" content=\"none\"><a href=\"/x\">x</a>").nofollowPage()).isTrue();
		assertThat(analyze("<meta name=\"otherbot\" content=\"nofollow\"><a href=\"/x\">x</a>").nofollowPage()).isFalse();
	}

	@Test
	void readsRssAndAtomFeedsButNotOtherAlternates() {
		PageContent content = analyze("""
				<link rel="alternate" type="application/rss+xml" href="/feed/">
				<link rel="alternate" type="application/atom+xml" href="https://feeds.test/atom.xml">
				<link rel="alternate" hreflang="de" type="text/html" href="/de/">
				<link rel="stylesheet" type="text/css" href="/site.css">""");
		assertThat(content.feeds()).containsExactly("https://www.alpha.test/feed/", "https://feeds.test/atom.xml");
	}

	@Test
	void findsContactAndWriteForUsPagesOnTheSameSiteByUrlOrAnchorText() {
		PageContent content = analyze("""
				<a href="/ueber-uns/">Über uns</a>
				<a href="https://alpha.test/get-in-touch">Say hi</a>
				<a href="/pages/kontakt.html">Impressum</a>
				<a href="/contribute">Contribute</a>
				<a href="/advertise">Advertise with us</a>
				<a href="/p/123">Write for us</a>
				<a href="https://beta.test/contact">Beta's contact page</a>
				<a href="/blog/how-to-contact-your-mayor">How to contact your mayor</a>""");
		assertThat(content.contactPages()).extracting(PageContent.RankedUrl::url, PageContent.RankedUrl::rank)
			.containsExactly(tuple("https://alpha.test/get-in-touch", 0), tuple("https://www.alpha.test/pages/kontakt.html", 0),
					tuple("https://www.alpha.test/ueber-uns/", 1));
		assertThat(content.guestPostPages()).extracting(PageContent.RankedUrl::url, PageContent.RankedUrl::rank)
			.containsExactly(tuple("https://www.alpha.test/contribute", 0), tuple("https://www.alpha.test/p/123", 0),
					tuple("https://www.alpha.test/advertise", 1));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/write-for-us/||0", "/guest-post-guidelines||0", "/submit-a-guest-post||0",
			"/x|Submit a guest post|0", "/x|Become a contributor|0", "/advertise||1", "/media-kit.pdf||1",
			"/blog/guest-house-review-2|Guest house review|-1", "/x|Advertisement|-1" })
	void ranksGuestPostSignals(String path, String text, int rank) {
		assertThat(PageAnalyzer.guestPostRank(URI.create("https://a.test" + path), text == null ? "" : text))
			.isEqualTo(rank);
	}

	@Test
	void collectsMailtoAddresses() {
		PageContent content = analyze("""
				<a href="mailto:Editor@Alpha.test?subject=Guest%20post">Mail</a>
				<a href="MAILTO:hello%40alpha.test,ads@alpha.test">Mail</a>
				<a href="mailto:editor@alpha.test">Again</a>
				<a href="mailto:not-an-address">Broken</a>""");
		assertThat(content.emails()).containsExactly("editor@alpha.test", "hello@alpha.test", "ads@alpha.test");
	}

	@Test
	void thePageItselfCanBeTheContactPage() {
		URI contact = URI.create("https://alpha.test/contact-us");
		PageContent content = analyzer.analyze(Jsoup.parse("<title>Contact</title>", contact.toString()), contact, null);
		assertThat(content.contactPages()).extracting(PageContent.RankedUrl::url).containsExactly(contact.toString());
	}

}
