package io.reachgraph.collect.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One normal form per page, and the registrable domain that decides what belongs to a site. */
class CrawlUrlsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "HTTP://Example.COM|http://example.com/",
			"https://example.com:443/a/./b/../c#top|https://example.com/a/c", "http://example.com:8080/x|http://example.com:8080/x",
			"http://example.com/a b?q=ä ö|http://example.com/a%20b?q=%C3%A4%20%C3%B6",
			"http://bücher.de/päth|http://xn--bcher-kva.de/p%C3%A4th", "http://example.com/%7euser|http://example.com/%7euser",
			"http://example.com/100%|http://example.com/100%25", "http://example.com/../../x|http://example.com/x",
			"http://2130706433/|http://127.0.0.1/", "http://0x7f.1/|http://127.0.0.1/",
			"http://example.com\\evil.com/|http://example.com/evil.com/", "http://example.com./|http://example.com/",
			"http://example.com/a\\b?c=d\\e|http://example.com/a/b?c=d%5Ce" })
	void normalizesLikeABrowser(String raw, String normal) {
		assertThat(Urls.normalize(raw)).hasToString(normal);
	}

	@ParameterizedTest
	@CsvSource({ "javascript:alert(1)", "mailto:a@example.com", "/relative/path", "ftp://example.com/",
			"http://exa mple.com/", "http://[::1/", "http://example.com:99999/", "http://1.2.3.4.5/", "http://256.1.1.1.1/" })
	void refusesWhatIsNotAnHttpUrl(String raw) {
		assertThatThrownBy(() -> Urls.normalize(raw)).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@CsvSource({ "www.example.com,example.com", "blog.example.com,example.com", "example.com,example.com",
			"www.bbc.co.uk,bbc.co.uk", "alice.github.io,alice.github.io", "www.alpha.test,alpha.test",
			"blog.alpha.test,alpha.test", "localhost,localhost", "127.0.0.1,127.0.0.1" })
	void findsTheRegistrableDomain(String host, String domain) {
		assertThat(Urls.registrableDomain(host)).isEqualTo(domain);
	}

	@Test
	void resolvesRedirectLocationsAgainstTheirPage() {
		URI base = URI.create("http://a.test/b/c?d=1");
		assertThat(Urls.resolve(base, "/x")).hasToString("http://a.test/x");
		assertThat(Urls.resolve(base, "y z")).hasToString("http://a.test/b/y%20z");
		assertThat(Urls.resolve(base, "?e=2")).hasToString("http://a.test/b/c?e=2");
		assertThat(Urls.resolve(base, "//other.test/p")).hasToString("http://other.test/p");
		assertThat(Urls.resolve(base, "HTTPS://Other.test")).hasToString("https://other.test/");
		assertThatThrownBy(() -> Urls.resolve(base, "file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void keysRobotsByOriginWithThePortSpelledOut() {
		assertThat(Urls.origin(URI.create("https://a.test/x"))).isEqualTo("https://a.test:443");
		assertThat(Urls.origin(URI.create("http://[::1]:8080/x"))).isEqualTo("http://[::1]:8080");
	}

}
