package io.reachgraph.collect.internal.crawl;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * SSRF protection: decides whether the crawler may connect to a URL, and to which address.
 * <p>
 * Refuses other schemes than http(s), userinfo in the URL, ports other than 80 and 443 (unless allowed), and hosts
 * that resolve to any address that is not public: loopback, private (RFC 1918, fc00::/7), link-local (169.254/16
 * with the cloud metadata service, fe80::/10), multicast, unspecified, CGNAT (100.64/10), reserved and documentation
 * ranges, and IPv6 forms that embed one of those (IPv4-mapped, IPv4-compatible, NAT64, 6to4). Numeric IPv4 hosts are
 * read as browsers read them ({@code 2130706433}, {@code 0x7f000001}, {@code 0177.0.0.1}).
 * <p>
 * {@link #check(URI)} resolves the host once and returns the address it checked; the HTTP client connects to exactly
 * that address (with the name in the Host header and TLS SNI), so DNS rebinding between check and connect has
 * nothing to rebind. Every redirect hop is checked again.
 * <p>
 * {@code allowPrivateAddresses} (tests, intranet development) lets loopback, private and CGNAT addresses through.
 * Link-local (cloud metadata), multicast, unspecified and reserved addresses stay refused even then.
 */
final class AddressGuard {

	/** Turns a host name into addresses; the system resolver in production, a fixed table in tests. */
	@FunctionalInterface
	interface Resolver {

		Resolver SYSTEM = InetAddress::getAllByName;

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	/** A URL that passed the guard, and the one address to connect to. */
	record Target(URI url, String host, int port, boolean tls, InetAddress address) {

		/** The Host header: the name (IPv6 literals bracketed), with the port when it is not the default. */
		String hostHeader() {
			String name = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
			return port == Urls.defaultPort(url.getScheme()) ? name : name + ":" + port;
		}

	}

	enum Category {
		PUBLIC, LOOPBACK, PRIVATE, SHARED_CGNAT, LINK_LOCAL, MULTICAST, UNSPECIFIED, RESERVED;

		boolean allowedWithPrivateAddresses() {
			return this == PUBLIC || this == LOOPBACK || this == PRIVATE || this == SHARED_CGNAT;
		}
	}

	private final boolean allowPrivateAddresses;

	private final Set<Integer> allowedPorts;

	private final Resolver resolver;

	AddressGuard(boolean allowPrivateAddresses, Set<Integer> allowedPorts, Resolver resolver) {
		this.allowPrivateAddresses = allowPrivateAddresses;
		this.allowedPorts = Set.copyOf(allowedPorts);
		this.resolver = resolver;
	}

	/**
	 * Checks a URL and resolves its host.
	 *
	 * @throws RefusedAddress when the URL or any address its host resolves to is refused
	 * @throws FetchFailure   {@link FetchProblem#UNKNOWN_HOST} when the name does not resolve
	 */
	Target check(URI url) {
		String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new RefusedAddress("only http and https URLs are fetched: " + Urls.abbreviate(url.toString()));
		}
		Urls.Authority authority;
		try {
			authority = Urls.authority(Urls.normalize(url.toString()));
		}
		catch (IllegalArgumentException ex) {
			throw new RefusedAddress(ex.getMessage());
		}
		if (authority.userInfo() != null) {
			throw new RefusedAddress("URLs with user info are refused: " + Urls.abbreviate(url.toString()));
		}
		int port = authority.effectivePort(scheme);
		if (port != 80 && port != 443 && !allowedPorts.contains(port)) {
			throw new RefusedAddress("port " + port + " is not allowed: " + Urls.abbreviate(url.toString()));
		}
		InetAddress[] addresses = addresses(authority);
		if (addresses.length == 0) {
			throw new FetchFailure(FetchProblem.UNKNOWN_HOST, "no address for " + authority.host());
		}
		for (InetAddress address : addresses) {
			Category category = categorize(address);
			boolean allowed = category == Category.PUBLIC
					|| allowPrivateAddresses && category.allowedWithPrivateAddresses();
			if (!allowed) {
				throw new RefusedAddress(authority.host() + " resolves to a " + category.name().toLowerCase(java.util.Locale.ROOT)
						+ " address (" + address.getHostAddress() + "): refused");
			}
		}
		return new Target(url, authority.host(), port, scheme.equals("https"), addresses[0]);
	}

	private InetAddress[] addresses(Urls.Authority authority) {
		String host = authority.host();
		try {
			if (authority.ipv6Literal() || Urls.Ipv4.parse(host).kind() == Urls.Ipv4.Kind.IPV4) {
				// a literal: parsed, never looked up (Urls already turned numeric IPv4 forms into dotted quads)
				return new InetAddress[] { InetAddress.getByName(host) };
			}
			return resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			throw new FetchFailure(FetchProblem.UNKNOWN_HOST, "unknown host " + host, ex);
		}
	}

	/** What kind of address this is; only {@link Category#PUBLIC} is reachable without {@code allowPrivateAddresses}. */
	static Category categorize(InetAddress address) {
		byte[] b = address.getAddress();
		return b.length == 4 ? categorizeIpv4(b, 0) : categorizeIpv6(b);
	}

	private static Category categorizeIpv6(byte[] b) {
		boolean first10Zero = allZero(b, 0, 10);
		if (first10Zero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
			return categorizeIpv4(b, 12); // ::ffff:a.b.c.d, IPv4-mapped
		}
		if (allZero(b, 0, 16)) {
			return Category.UNSPECIFIED;
		}
		if (allZero(b, 0, 15) && b[15] == 1) {
			return Category.LOOPBACK;
		}
		if (allZero(b, 0, 12)) {
			return worst(Category.RESERVED, categorizeIpv4(b, 12)); // ::a.b.c.d, deprecated IPv4-compatible
		}
		int first = b[0] & 0xff;
		int second = b[1] & 0xff;
		if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
			return categorizeIpv4(b, 12); // 64:ff9b::/96, NAT64
		}
		if (first == 0x20 && second == 0x02) {
			return categorizeIpv4(b, 2); // 2002::/16, 6to4
		}
		if ((first & 0xfe) == 0xfc) {
			return Category.PRIVATE; // fc00::/7, unique local
		}
		if (first == 0xfe && (second & 0xc0) == 0x80) {
			return Category.LINK_LOCAL; // fe80::/10
		}
		if (first == 0xfe && (second & 0xc0) == 0xc0) {
			return Category.PRIVATE; // fec0::/10, deprecated site-local
		}
		if (first == 0xff) {
			return Category.MULTICAST;
		}
		if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
			return Category.RESERVED; // 2001:db8::/32, documentation
		}
		if ((first & 0xe0) != 0x20) {
			return Category.RESERVED; // only 2000::/3 is global unicast
		}
		return Category.PUBLIC;
	}

	private static Category categorizeIpv4(byte[] b, int at) {
		int a = b[at] & 0xff;
		int c = b[at + 1] & 0xff;
		int d = b[at + 2] & 0xff;
		if (a == 0) {
			return Category.UNSPECIFIED; // 0.0.0.0/8, "this network": 0.0.0.0 reaches the local host on Linux
		}
		if (a == 127) {
			return Category.LOOPBACK;
		}
		if (a == 10 || a == 172 && (c & 0xf0) == 16 || a == 192 && c == 168) {
			return Category.PRIVATE;
		}
		if (a == 100 && (c & 0xc0) == 64) {
			return Category.SHARED_CGNAT;
		}
		if (a == 169 && c == 254) {
			return Category.LINK_LOCAL;
		}
		if (a >= 224 && a <= 239) {
			return Category.MULTICAST;
		}
		if (a >= 240) {
			return Category.RESERVED; // 240/4 and the broadcast address
		}
		if (a == 192 && c == 0 && (d == 0 || d == 2) || a == 198 && c == 51 && d == 100 || a == 203 && c == 0 && d == 113
				|| a == 198 && (c & 0xfe) == 18) {
			return Category.RESERVED; // IETF protocol assignments, documentation, benchmarking
		}
		return Category.PUBLIC;
	}

	private static Category worst(Category a, Category b) {
		return b == Category.PUBLIC ? a : b;
	}

	private static boolean allZero(byte[] b, int from, int to) {
		for (int i = from; i < to; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return true;
	}

}
