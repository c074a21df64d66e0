package io.reachgraph.collect.internal.crawl;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Web addresses as the crawler sees them: parsing with the leniency of a browser (spaces, non-ASCII, numeric IPv4
 * forms), one normal form for de-duplication, and the registrable domain of a host.
 * <p>
 * The normal form is absolute http(s), lower-case scheme and host (IDN as punycode, numeric IPv4 hosts as dotted
 * quads), no default port, no fragment, path at least {@code /} with dot segments removed, ASCII only.
 */
final class Urls {

	private static final String UNRESERVED_AND_RESERVED = "-._~:/?#[]@!$&'()*+,;=%";

	private Urls() {
	}

	/** The host and port of an absolute URL, parsed by hand because {@link URI#getHost()} gives up on some hosts. */
	record Authority(String userInfo, String host, int port, boolean ipv6Literal) {

		/** The port the URL means, the scheme's default when it names none. */
		int effectivePort(String scheme) {
			return port != -1 ? port : defaultPort(scheme);
		}

		/** The host as it goes into a URL or a Host header: IPv6 literals in brackets. */
		String hostForUrl() {
			return ipv6Literal ? "[" + host + "]" : host;
		}

	}

	/**
	 * Parses and normalises an absolute http(s) URL.
	 *
	 * @throws IllegalArgumentException when it is not one (other schemes, relative, malformed host or port)
	 */
	static URI normalize(String raw) {
		if (raw == null) {
			throw new IllegalArgumentException("no URL");
		}
		String text = stripControls(raw);
		int schemeEnd = text.indexOf("://");
		if (schemeEnd <= 0) {
			throw new IllegalArgumentException("not an absolute URL: " + abbreviate(raw));
		}
		String scheme = text.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new IllegalArgumentException("not an http(s) URL: " + abbreviate(raw));
		}
		int authorityStart = schemeEnd + 3;
		int authorityEnd = authorityStart;
		while (authorityEnd < text.length() && "/?#\\".indexOf(text.charAt(authorityEnd)) < 0) {
			authorityEnd++;
		}
		Authority authority = parseAuthority(text.substring(authorityStart, authorityEnd));
		String rest = text.substring(authorityEnd);
		int hash = rest.indexOf('#');
		if (hash >= 0) {
			rest = rest.substring(0, hash);
		}
		String path = rest;
		String query = null;
		int question = rest.indexOf('?');
		if (question >= 0) {
			path = rest.substring(0, question);
			query = rest.substring(question + 1);
		}
		path = removeDotSegments(encode(path.isEmpty() ? "/" : path.replace('\\', '/')));
		StringBuilder out = new StringBuilder(scheme).append("://");
		if (authority.userInfo() != null) {
			out.append(encode(authority.userInfo())).append('@');
		}
		out.append(authority.hostForUrl());
		if (authority.port() != -1 && authority.port() != defaultPort(scheme)) {
			out.append(':').append(authority.port());
		}
		out.append(path);
		if (query != null) {
			out.append('?').append(encode(query));
		}
		try {
			return new URI(out.toString());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("malformed URL: " + abbreviate(raw), ex);
		}
	}

	/** Like {@link #normalize(String)} but empty instead of an exception. */
	static Optional<URI> tryNormalize(String raw) {
		try {
			return Optional.of(normalize(raw));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** Resolves a reference (a redirect's Location) against the URL it was found on, then normalises. */
	static URI resolve(URI base, String reference) {
		String ref = stripControls(reference);
		if (ref.indexOf("://") > 0 && ref.indexOf("://") < firstOf(ref, "/?#")) {
			return normalize(ref);
		}
		String baseText = base.toString();
		if (ref.startsWith("//")) {
			return normalize(base.getScheme() + ":" + ref);
		}
		if (ref.isEmpty() || ref.startsWith("#")) {
			return base;
		}
		if (ref.startsWith("?")) {
			int question = baseText.indexOf('?');
			return normalize((question >= 0 ? baseText.substring(0, question) : baseText) + ref);
		}
		try {
			return normalize(base.resolve(new URI(encode(ref.replace('\\', '/')))).toString());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("malformed reference: " + abbreviate(reference), ex);
		}
	}

	/** The authority of a URL produced by {@link #normalize(String)} (or any absolute URL). */
	static Authority authority(URI uri) {
		String raw = uri.getRawAuthority();
		if (raw == null) {
			throw new IllegalArgumentException("URL without a host: " + abbreviate(uri.toString()));
		}
		return parseAuthority(raw);
	}

	/** {@code scheme://host:port} with the port always spelled out: the key robots.txt rules are cached by. */
	static String origin(URI uri) {
		Authority authority = authority(uri);
		return uri.getScheme() + "://" + authority.hostForUrl() + ":" + authority.effectivePort(uri.getScheme());
	}

	static int defaultPort(String scheme) {
		return "https".equalsIgnoreCase(scheme) ? 443 : 80;
	}

	/**
	 * The registrable domain of a host by the public suffix list: {@code www.example.co.uk} → {@code example.co.uk},
	 * {@code alice.github.io} → {@code alice.github.io} (private suffixes count). A host under a suffix the list does
	 * not know gets the list's default rule (the last label is the suffix): {@code blog.alpha.test} →
	 * {@code alpha.test}. IP addresses and single labels stand for themselves.
	 */
	static String registrableDomain(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		if (name.endsWith(".")) {
			name = name.substring(0, name.length() - 1);
		}
		if (name.indexOf(':') >= 0 || Ipv4.parse(name).kind() != Ipv4.Kind.NOT_IPV4 || name.indexOf('.') < 0) {
			return name;
		}
		String assigned = EffectiveTldFinder.getAssignedDomain(name, true, false);
		if (assigned != null) {
			return assigned;
		}
		int last = name.lastIndexOf('.');
		int secondLast = name.lastIndexOf('.', last - 1);
		return secondLast < 0 ? name : name.substring(secondLast + 1);
	}

	static String registrableDomain(URI uri) {
		return registrableDomain(authority(uri).host());
	}

	static String abbreviate(String text) {
		return text.length() <= 200 ? text : text.substring(0, 200) + "…";
	}

	private static Authority parseAuthority(String raw) {
		String rest = raw;
		String userInfo = null;
		int at = rest.lastIndexOf('@');
		if (at >= 0) {
			userInfo = rest.substring(0, at);
			rest = rest.substring(at + 1);
		}
		String host;
		String portText = null;
		boolean ipv6 = false;
		if (rest.startsWith("[")) {
			int close = rest.indexOf(']');
			if (close < 0) {
				throw new IllegalArgumentException("unterminated IPv6 address: " + abbreviate(raw));
			}
			host = rest.substring(1, close).toLowerCase(Locale.ROOT);
			if (!host.matches("[0-9a-f:.]+") || host.indexOf(':') < 0) {
				throw new IllegalArgumentException("malformed IPv6 address (zone ids are refused): " + abbreviate(raw));
			}
			ipv6 = true;
			String after = rest.substring(close + 1);
			if (after.startsWith(":")) {
				portText = after.substring(1);
			}
			else if (!after.isEmpty()) {
				throw new IllegalArgumentException("malformed authority: " + abbreviate(raw));
			}
		}
		else {
			int colon = rest.lastIndexOf(':');
			host = colon >= 0 ? rest.substring(0, colon) : rest;
			portText = colon >= 0 ? rest.substring(colon + 1) : null;
			host = hostName(host, raw);
		}
		int port = -1;
		if (portText != null && !portText.isEmpty()) {
			if (!portText.matches("[0-9]{1,5}") || Integer.parseInt(portText) > 65535) {
				throw new IllegalArgumentException("malformed port: " + abbreviate(raw));
			}
			port = Integer.parseInt(portText);
		}
		return new Authority(userInfo, host, port, ipv6);
	}

	private static String hostName(String raw, String authority) {
		String host = raw.toLowerCase(Locale.ROOT);
		if (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		if (host.isEmpty()) {
			throw new IllegalArgumentException("URL without a host: " + abbreviate(authority));
		}
		if (!host.chars().allMatch(c -> c < 128)) {
			try {
				host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("malformed host: " + abbreviate(authority), ex);
			}
		}
		Ipv4 ipv4 = Ipv4.parse(host);
		if (ipv4.kind() == Ipv4.Kind.INVALID) {
			throw new IllegalArgumentException("malformed IPv4 host: " + abbreviate(authority));
		}
		if (ipv4.kind() == Ipv4.Kind.IPV4) {
			return ipv4.dotted();
		}
		if (host.length() > 253 || !host.matches("[a-z0-9_-]{1,63}(\\.[a-z0-9_-]{1,63})*")) {
			throw new IllegalArgumentException("malformed host: " + abbreviate(authority));
		}
		return host;
	}

	/** Percent-encodes what may not stand in a URI (spaces, non-ASCII, stray {@code %}) and keeps the rest. */
	private static String encode(String text) {
		StringBuilder out = new StringBuilder(text.length());
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xff;
			boolean plain = b > 0x20 && b < 0x7f
					&& (Character.isLetterOrDigit(b) || UNRESERVED_AND_RESERVED.indexOf(b) >= 0);
			if (b == '%' && !(i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]))) {
				plain = false;
			}
			if (plain) {
				out.append((char) b);
			}
			else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
			}
		}
		return out.toString();
	}

	private static boolean isHex(byte b) {
		return Character.digit(b, 16) >= 0;
	}

	/** RFC 3986 section 5.2.4, including {@code ..} above the root (dropped, as browsers do). */
	private static String removeDotSegments(String path) {
		if (!path.contains(".")) {
			return path;
		}
		String[] segments = path.split("/", -1);
		java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
		for (int i = 1; i < segments.length; i++) {
			String segment = segments[i];
			boolean last = i == segments.length - 1;
			if (segment.equals(".") || segment.equalsIgnoreCase("%2e")) {
				if (last) {
					out.addLast("");
				}
			}
			else if (segment.equals("..") || segment.equalsIgnoreCase("%2e%2e") || segment.equalsIgnoreCase(".%2e")
					|| segment.equalsIgnoreCase("%2e.")) {
				out.pollLast();
				if (last) {
					out.addLast("");
				}
			}
			else {
				out.addLast(segment);
			}
		}
		return "/" + String.join("/", out);
	}

	private static String stripControls(String raw) {
		String text = raw.strip();
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '\t' && c != '\n' && c != '\r') {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static int firstOf(String text, String chars) {
		for (int i = 0; i < text.length(); i++) {
			if (chars.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return text.length();
	}

	/**
	 * IPv4 hosts as browsers read them (WHATWG URL): {@code 2130706433}, {@code 0x7f000001}, {@code 0177.0.0.1} and
	 * {@code 127.1} all mean 127.0.0.1. Without this a crawler could check one address and a browser-compatible
	 * resolver connect to another.
	 */
	record Ipv4(Kind kind, long value) {

		enum Kind { NOT_IPV4, IPV4, INVALID }

		static Ipv4 parse(String host) {
			String[] parts = host.split("\\.", -1);
			int count = parts.length;
			if (count > 1 && parts[count - 1].isEmpty()) {
				count--;
			}
			if (count == 0 || parseNumber(parts[count - 1]) < 0 && !parts[count - 1].matches("[0-9]+")) {
				return new Ipv4(Kind.NOT_IPV4, 0);
			}
			if (count > 4) {
				return new Ipv4(Kind.INVALID, 0);
			}
			long[] numbers = new long[count];
			for (int i = 0; i < count; i++) {
				numbers[i] = parseNumber(parts[i]);
				if (numbers[i] < 0 || i < count - 1 && numbers[i] > 255) {
					return new Ipv4(Kind.INVALID, 0);
				}
			}
			long last = numbers[count - 1];
			if (last >= 1L << (8 * (5 - count))) {
				return new Ipv4(Kind.INVALID, 0);
			}
			long value = last;
			for (int i = 0; i < count - 1; i++) {
				value += numbers[i] << (8 * (3 - i));
			}
			return new Ipv4(Kind.IPV4, value);
		}

		String dotted() {
			return ((value >> 24) & 0xff) + "." + ((value >> 16) & 0xff) + "." + ((value >> 8) & 0xff) + "."
					+ (value & 0xff);
		}

		/** A decimal, {@code 0x} hex or leading-zero octal number; -1 when the part is not one (or too large). */
		private static long parseNumber(String part) {
			if (part.isEmpty()) {
				return -1;
			}
			int radix = 10;
			String digits = part;
			if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
				radix = 16;
				digits = part.substring(2);
				if (digits.isEmpty()) {
					return 0;
				}
			}
			else if (part.length() >= 2 && part.startsWith("0")) {
				radix = 8;
				digits = part.substring(1);
			}
			if (digits.length() > 16) {
				return -1;
			}
			for (int i = 0; i < digits.length(); i++) {
				if (Character.digit(digits.charAt(i), radix) < 0) {
					return -1;
				}
			}
			long value = Long.parseLong(digits, radix);
			return value > 0xffffffffL ? Long.MAX_VALUE : value;
		}

	}

}
