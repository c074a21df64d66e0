package io.reachgraph.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.reachgraph.ReachgraphApplication;
import io.reachgraph.shared.StartupNote;
import io.reachgraph.shared.StartupRefused;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Starts the real app in its different modes (each its own context): what a newcomer and an operator see. */
class EmbeddedRuntimeTests {

	@TempDir
	Path dataDir;

	@Test
	void h2BackendKeepsDataAndUniqueIndexesAcrossRestarts() {
		try (ConfigurableApplicationContext first = start("--reachgraph.mongo.backend=h2")) {
			first.getBean(MongoTemplate.class).insert(new Document("_id", "kept").append("n", 1), "restart_probe");
		}
		assertThat(dataDir.resolve("reachgraph.mv")).exists();
		try (ConfigurableApplicationContext second = start("--reachgraph.mongo.backend=h2")) {
			MongoTemplate mongo = second.getBean(MongoTemplate.class);
			assertThat(mongo.findById("kept", Document.class, "restart_probe")).isNotNull();
			// one user only: the demo admin was created at the first start, not again
			assertThat(mongo.getCollection("users").countDocuments()).isEqualTo(1);
			assertThat(notes(second)).anyMatch(line -> line.contains("admin@reachgraph.local"));
		}
	}

	@Test
	void embeddedModeWithoutAConfiguredAdminCreatesADemoAdminAndPrintsItsPassword() throws Exception {
		try (ConfigurableApplicationContext app = start()) {
			List<String> lines = Files.readAllLines(dataDir.resolve("demo-login.txt"));
			assertThat(lines.get(0)).isEqualTo("admin@reachgraph.local");
			assertThat(lines.get(1)).hasSizeGreaterThanOrEqualTo(16);
			assertThat(notes(app)).anyMatch(line -> line.contains(lines.get(1)));
		}
	}

	@Test
	void aTakenPortIsReportedPlainly() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThatThrownBy(() -> start("--reachgraph.mongo.port=" + taken.getLocalPort()))
				.hasRootCauseInstanceOf(java.net.BindException.class)
				.satisfies(ex -> {
					EmbeddedMongoPortInUse cause = findCause(ex, EmbeddedMongoPortInUse.class);
					assertThat(new StartupFailureAnalyzers.PortInUse().analyze(ex).getDescription())
						.contains("port is already taken")
						.contains(String.valueOf(cause.port()));
				});
		}
	}

	@Test
	void productionModeRefusesToStartWithoutAnyUserOrFirstAdmin() {
		MongoServer external = new MongoServer(new MemoryBackend());
		String uri = external.bindAndGetConnectionString() + "/reachgraph";
		try {
			assertThatThrownBy(() -> start("--reachgraph.mongo.embedded=false", "--spring.mongodb.uri=" + uri))
				.satisfies(ex -> assertThat(findCause(ex, StartupRefused.class).action())
					.contains("REACHGRAPH_ADMIN_EMAIL"));
			try (ConfigurableApplicationContext app = start("--reachgraph.mongo.embedded=false",
					"--spring.mongodb.uri=" + uri, "--reachgraph.identity.admin-email=first@example.test",
					"--reachgraph.identity.admin-password=first-admin-password")) {
				MongoTemplate mongo = app.getBean(MongoTemplate.class);
				assertThat(mongo.getCollection("users").find().first().getString("email")).isEqualTo("first@example.test");
				assertThat(mongo.getCollection("users").find().first().getString("role")).isEqualTo("ADMIN");
				assertThat(Files.exists(dataDir.resolve("demo-login.txt"))).isFalse();
			}
		}
		finally {
			external.shutdownNow();
		}
	}

	@Test
	void aWeakFirstAdminPasswordIsRefused() {
		assertThatThrownBy(() -> start("--reachgraph.identity.admin-email=first@example.test",
				"--reachgraph.identity.admin-password=short"))
			.satisfies(ex -> assertThat(findCause(ex, StartupRefused.class).getMessage()).contains("at least 12"));
	}

	private ConfigurableApplicationContext start(String... extra) {
		java.util.Map<String, String> args = new java.util.LinkedHashMap<>();
		for (String arg : List.of("--server.port=0", "--reachgraph.mongo.port=0", "--reachgraph.mongo.backend=memory",
				"--reachgraph.mongo.data-dir=" + dataDir, "--reachgraph.mail.smtp-port=0", "--reachgraph.mail.imap-port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=off", "--reachgraph.identity.admin-email=",
				"--reachgraph.identity.admin-password=")) {
			args.put(arg.substring(0, arg.indexOf('=')), arg);
		}
		for (String arg : extra) {
			args.put(arg.substring(0, arg.indexOf('=')), arg);
		}
		return new SpringApplicationBuilder(ReachgraphApplication.class).run(args.values().toArray(String[]::new));
	}

	private static List<String> notes(ConfigurableApplicationContext app) {
		return app.getBeansOfType(StartupNote.class).values().stream().flatMap(note -> note.lines().stream()).toList();
	}

	private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " in " + ex);
	}

}
