package io.reachgraph.collect.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.reachgraph.collect.internal.social.CollectionListener;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * https with the connection pinned to the checked IP: the server still gets the name in SNI, and the certificate is
 * still verified against the name. A local https server with a certificate for {@code secure.test} made by keytool.
 */
class CrawlTlsTests {

	private static final char[] PASSWORD = "changeit".toCharArray();

	@TempDir
	Path dir;

	private final FakeClock clock = new FakeClock();

	private final List<String> serverNames = new CopyOnWriteArrayList<>();

	private LocalSites sites;

	private SSLContext clientTls;

	@BeforeEach
	void startHttpsSite() throws Exception {
		Path keyStoreFile = dir.resolve("site.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "site", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=secure.test",
				"-ext", "SAN=dns:secure.test", "-validity", "2", "-storetype", "PKCS12", "-keystore",
				keyStoreFile.toString(), "-storepass", "changeit", "-keypass", "changeit")
			.redirectErrorStream(true)
			.start();
		assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keyStoreFile)) {
			keyStore.load(in, PASSWORD);
		}
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(keyStore, PASSWORD);
		SSLContext serverTls = SSLContext.getInstance("TLS");
		serverTls.init(new KeyManager[] { new SniRecorder((X509ExtendedKeyManager) keys.getKeyManagers()[0]) }, null, null);
		sites = new LocalSites(clock, serverTls);

		KeyStore trusted = KeyStore.getInstance("PKCS12");
		trusted.load(null, null);
		trusted.setCertificateEntry("site", keyStore.getCertificate("site"));
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		clientTls = SSLContext.getInstance("TLS");
		clientTls.init(null, trust.getTrustManagers(), null);
	}

	@AfterEach
	void stopSite() {
		sites.close();
	}

	private FetchedPage fetch(String host) {
		TestCrawlers.Settings settings = new TestCrawlers.Settings(sites.port());
		PageFetcher fetcher = settings.fetcher(settings.http(LocalSites.RESOLVER, PinnedHttp.Dialer.DIRECT,
				clientTls.getSocketFactory()));
		return fetcher.fetch(URI.create(sites.url(host, "/")), PinnedHttp.RedirectPolicy.FOLLOW_ALL,
				CollectionListener.NONE);
	}

	@Test
	void sendsTheNameInSniAndTheHostHeaderWhileConnectingToTheCheckedAddress() {
		sites.html("secure.test", "/", "<title>Secure</title>");
		FetchedPage page = fetch("secure.test");
		assertThat(page.problem()).isNull();
		assertThat(page.content().title()).isEqualTo("Secure");
		assertThat(serverNames).containsExactly("secure.test");
		assertThat(sites.requests()).extracting(LocalSites.Request::host).containsExactly("secure.test");
	}

	@Test
	void verifiesTheCertificateAgainstTheNameNotTheAddress() {
		sites.html("other.test", "/", "<title>Impostor</title>");
		FetchedPage page = fetch("other.test"); // also 127.0.0.1, but the certificate is for secure.test
		assertThat(page.problem()).isEqualTo(FetchProblem.TLS_FAILED);
		assertThat(page.html()).isFalse();
		assertThat(sites.requests()).isEmpty();
	}

	/** Records the SNI names clients ask for, then chooses the key as usual. */
	private final class SniRecorder extends X509ExtendedKeyManager {

		private final X509ExtendedKeyManager delegate;

		SniRecorder(X509ExtendedKeyManager delegate) {
			this.delegate = delegate;
		}

		@Override
		public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
			if (engine.getHandshakeSession() instanceof ExtendedSSLSession session) {
				for (SNIServerName name : session.getRequestedServerNames()) {
					if (name instanceof SNIHostName host) {
						serverNames.add(host.getAsciiName());
					}
				}
			}
			return delegate.chooseEngineServerAlias(keyType, issuers, engine);
		}

		@Override
		public String[] getClientAliases(String keyType, Principal[] issuers) {
			return delegate.getClientAliases(keyType, issuers);
		}

		@Override
		public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
			return delegate.chooseClientAlias(keyType, issuers, socket);
		}

		@Override
		public String[] getServerAliases(String keyType, Principal[] issuers) {
			return delegate.getServerAliases(keyType, issuers);
		}

		@Override
		public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
			return delegate.chooseServerAlias(keyType, issuers, socket);
		}

		@Override
		public X509Certificate[] getCertificateChain(String alias) {
			return delegate.getCertificateChain(alias);
		}

		@Override
		public PrivateKey getPrivateKey(String alias) {
			return delegate.getPrivateKey(alias);
		}

	}

}
