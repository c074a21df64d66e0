package io.reachgraph.collect.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The SSRF guard on its own: which URLs and addresses it refuses, and which address it hands out. */
class CrawlAddressGuardTests {

	/** Public-looking names for tests: a fixed table, never DNS. */
	private static final Map<String, String> NAMES = Map.of("public.test", "93.184.216.34", "sneaky.test", "127.0.0.1",
			"mixed.test", "10.1.2.3", "metadata.test", "169.254.169.254", "v6public.test", "2606:2800:220:1::1");

	private final AddressGuard.Resolver table = host -> {
		String address = NAMES.get(host);
		if (address == null) {
			throw new UnknownHostException(host);
		}
		return new InetAddress[] { InetAddress.getByName(address) };
	};

	private final AddressGuard guard = new AddressGuard(false, Set.of(), table);

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/", "http://localhost/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/",
			"http://0x7f000001/", "http://2130706433/", "http://0177.0.0.1/", "http://127.1/", "http://017700000001/",
			"http://0.0.0.0/", "http://[::]/", "http://10.0.0.1/", "http://172.16.5.4/", "http://172.31.255.255/",
			"http://192.168.1.1/", "http://100.64.0.1/", "http://100.127.255.254/", "http://[fc00::1]/",
			"http://[fd12:3456::1]/", "http://[fe80::1]/", "http://224.0.0.1/", "http://[ff02::1]/",
			"http://255.255.255.255/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
			"http://[::ffff:169.254.169.254]/", "http://[::ffff:10.0.0.1]/", "http://[::127.0.0.1]/",
			"http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::]/", "http://sneaky.test/",
			"http://metadata.test/", "http://LOCALHOST./", "http://127.0.0.1.:80/", "https://[0:0:0:0:0:0:0:1]/" })
	void refusesHostsThatAreOrResolveToNonPublicAddresses(String url) {
		AddressGuard localhostAware = new AddressGuard(false, Set.of(), host -> {
			if (host.equals("localhost")) {
				return new InetAddress[] { InetAddress.getByAddress("localhost", new byte[] { 127, 0, 0, 1 }) };
			}
			return table.resolve(host);
		});
		assertThatThrownBy(() -> localhostAware.check(URI.create(url))).isInstanceOf(RefusedAddress.class)
			.hasMessageContaining("address")
			.satisfies(ex -> assertThat(((RefusedAddress) ex).retryable()).isFalse());
	}

	@Test
	void namesTheKindOfAddressItRefused() {
		assertThatThrownBy(() -> guard.check(URI.create("http://2130706433/"))).hasMessageContaining("loopback")
			.hasMessageContaining("127.0.0.1");
		assertThatThrownBy(() -> guard.check(URI.create("http://0x7f000001/"))).hasMessageContaining("loopback");
		assertThatThrownBy(() -> guard.check(URI.create("http://169.254.169.254/"))).hasMessageContaining("link_local");
		assertThatThrownBy(() -> guard.check(URI.create("http://100.64.0.1/"))).hasMessageContaining("shared_cgnat");
		assertThatThrownBy(() -> guard.check(URI.create("http://[::ffff:10.0.0.1]/"))).hasMessageContaining("private");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://public.test/", "file:///etc/passwd", "gopher://public.test/", "jar:http://public.test/x!/",
			"http://user:pw@public.test/", "http://public.test@127.0.0.1/", "http://public.test:8080/",
			"https://public.test:22/", "http://public.test:0/" })
	void refusesOtherSchemesUserInfoAndUnlistedPorts(String url) {
		assertThatThrownBy(() -> guard.check(URI.create(url))).isInstanceOf(RefusedAddress.class);
	}

	@Test
	void allowsPublicHostsOnTheStandardPortsAndReturnsTheAddressItChecked() {
		AddressGuard.Target target = guard.check(URI.create("https://public.test/a?b=c"));
		assertThat(target.address().getHostAddress()).isEqualTo("93.184.216.34");
		assertThat(target.host()).isEqualTo("public.test");
		assertThat(target.port()).isEqualTo(443);
		assertThat(target.tls()).isTrue();
		assertThat(target.hostHeader()).isEqualTo("public.test");
		assertThat(guard.check(URI.create("http://public.test:443/")).hostHeader()).isEqualTo("public.test:443");
		assertThat(guard.check(URI.create("http://v6public.test/")).address().getHostAddress())
			.isEqualTo("2606:2800:220:1:0:0:0:1");
		assertThat(guard.check(URI.create("http://93.184.216.34/")).address().getHostAddress()).isEqualTo("93.184.216.34");
	}

	@Test
	void refusesANameWhenAnyOfItsAddressesIsPrivate() {
		AddressGuard twoAddresses = new AddressGuard(false, Set.of(), host -> new InetAddress[] {
				InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7") });
		assertThatThrownBy(() -> twoAddresses.check(URI.create("http://public.test/"))).isInstanceOf(RefusedAddress.class)
			.hasMessageContaining("10.0.0.7");
	}

	@Test
	void allowsListedPorts() {
		AddressGuard withPort = new AddressGuard(false, Set.of(8080), table);
		assertThat(withPort.check(URI.create("http://public.test:8080/")).port()).isEqualTo(8080);
	}

	@Test
	void allowPrivateAddressesLetsLoopbackAndPrivateThroughButNeverMetadataOrUnspecified() {
		AddressGuard lenient = new AddressGuard(true, Set.of(), table);
		assertThat(lenient.check(URI.create("http://127.0.0.1/")).address().isLoopbackAddress()).isTrue();
		assertThat(lenient.check(URI.create("http://mixed.test/")).address().getHostAddress()).isEqualTo("10.1.2.3");
		assertThatThrownBy(() -> lenient.check(URI.create("http://169.254.169.254/"))).isInstanceOf(RefusedAddress.class);
		assertThatThrownBy(() -> lenient.check(URI.create("http://metadata.test/"))).isInstanceOf(RefusedAddress.class);
		assertThatThrownBy(() -> lenient.check(URI.create("http://0.0.0.0/"))).isInstanceOf(RefusedAddress.class);
		assertThatThrownBy(() -> lenient.check(URI.create("http://[fe80::1]/"))).isInstanceOf(RefusedAddress.class);
	}

	@Test
	void resolvesEachCheckOnceAndNeverLooksUpLiterals() {
		AtomicInteger lookups = new AtomicInteger();
		AddressGuard counting = new AddressGuard(false, Set.of(), host -> {
			lookups.incrementAndGet();
			return table.resolve(host);
		});
		counting.check(URI.create("http://public.test/"));
		assertThatThrownBy(() -> counting.check(URI.create("http://2130706433/"))).isInstanceOf(RefusedAddress.class);
		counting.check(URI.create("http://93.184.216.34/"));
		assertThat(lookups).hasValue(1);
	}

	@Test
	void anUnknownHostIsAFailureNotARefusal() {
		assertThatThrownBy(() -> guard.check(URI.create("http://nowhere.test/"))).isInstanceOf(FetchFailure.class)
			.isNotInstanceOf(RefusedAddress.class)
			.satisfies(ex -> assertThat(((FetchFailure) ex).problem()).isEqualTo(FetchProblem.UNKNOWN_HOST));
	}

	@Test
	void categorizesAddressesLikeTheRfcsSay() throws Exception {
		for (var expected : List.of(List.of("8.8.8.8", "PUBLIC"), List.of("172.15.0.1", "PUBLIC"), List.of("172.32.0.1", "PUBLIC"),
				List.of("100.63.255.255", "PUBLIC"), List.of("100.128.0.0", "PUBLIC"), List.of("2a00:1450::1", "PUBLIC"),
				List.of("192.0.2.1", "RESERVED"), List.of("2001:db8::1", "RESERVED"), List.of("4000::1", "RESERVED"))) {
			assertThat(AddressGuard.categorize(InetAddress.getByName(expected.get(0))).name()).as(expected.get(0))
				.isEqualTo(expected.get(1));
		}
	}

}
