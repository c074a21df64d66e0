package io.reachgraph.platform.internal;

import com.icegreen.greenmail.util.GreenMail;
import io.reachgraph.shared.StartupNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the app, its database and its mail catcher are, and each module's notes (the demo sign-in). */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final ObjectProvider<EmbeddedMongoConfiguration.EmbeddedMongo> mongo;

	private final ObjectProvider<GreenMail> mailCatcher;

	private final List<StartupNote> notes;

	private final Environment environment;

	StartupBanner(ObjectProvider<EmbeddedMongoConfiguration.EmbeddedMongo> mongo, ObjectProvider<GreenMail> mailCatcher,
			List<StartupNote> notes, Environment environment) {
		this.mongo = mongo;
		this.mailCatcher = mailCatcher;
		this.notes = notes;
		this.environment = environment;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		List<String> lines = new ArrayList<>();
		Optional<Integer> port = Optional.empty();
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			port = Optional.of(web.getWebServer().getPort());
		}
		String contextPath = environment.getProperty("server.servlet.context-path", "");
		lines.add("Reachgraph is ready: " + port.map(p -> "http://localhost:" + p + contextPath + "/").orElse("(no web server)"));
		EmbeddedMongoConfiguration.EmbeddedMongo embedded = mongo.getIfAvailable();
		if (embedded != null) {
			lines.add("Embedded MongoDB:   " + embedded.connectionString() + "  (mongosh@2.6.0 can connect)");
			lines.add("  data:             " + embedded.storage());
		}
		else {
			lines.add("MongoDB:            external (spring.mongodb.uri)");
		}
		GreenMail catcher = mailCatcher.getIfAvailable();
		if (catcher != null) {
			lines.add("Mail catcher:       SMTP " + catcher.getSmtp().getBindTo() + ":" + catcher.getSmtp().getPort()
					+ ", IMAP " + catcher.getImap().getBindTo() + ":" + catcher.getImap().getPort()
					+ " (sign in as the recipient, any password)");
		}
		else {
			lines.add("Mail:               SMTP " + environment.getProperty("spring.mail.host", "(not set)") + ":"
					+ environment.getProperty("spring.mail.port", "25"));
		}
		for (StartupNote note : notes) {
			lines.addAll(note.lines());
		}
		String rule = "=".repeat(Math.min(100, lines.stream().mapToInt(String::length).max().orElse(40)));
		StringBuilder text = new StringBuilder("\n").append(rule).append('\n');
		lines.forEach(line -> text.append(line).append('\n'));
		text.append(rule);
		log.info(text.toString());
	}

}
