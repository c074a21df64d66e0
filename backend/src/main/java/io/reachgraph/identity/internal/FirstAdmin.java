package io.reachgraph.identity.internal;

import io.reachgraph.identity.IdentityProperties;
import io.reachgraph.identity.Role;
import io.reachgraph.platform.MongoEmbeddedProperties;
import io.reachgraph.platform.RuntimeInfo;
import io.reachgraph.shared.StartupNote;
import io.reachgraph.shared.StartupRefused;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in. When no user exists: creates the admin named by {@code REACHGRAPH_ADMIN_EMAIL} /
 * {@code REACHGRAPH_ADMIN_PASSWORD}; else, in embedded mode only, a demo admin with a random password (printed, and
 * kept in {@code data/demo-login.txt} so a restart can print it again); else (production) refuses to start.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton, StartupNote {

	static final String DEMO_EMAIL = "admin@reachgraph.local";

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final UserService users;

	private final IdentityProperties properties;

	private final RuntimeInfo runtime;

	private final Path demoLoginFile;

	private final List<String> notes = new ArrayList<>();

	FirstAdmin(UserService users, IdentityProperties properties, RuntimeInfo runtime, MongoEmbeddedProperties mongo) {
		this.users = users;
		this.properties = properties;
		this.runtime = runtime;
		this.demoLoginFile = Path.of(mongo.dataDir(), "demo-login.txt");
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (users.count() > 0) {
			rememberDemoLogin();
			return;
		}
		if (properties.hasFirstAdmin()) {
			createConfiguredAdmin();
		}
		else if (runtime.embedded() && properties.demoUser()) {
			createDemoAdmin();
		}
		else {
			throw new StartupRefused(
					"No user exists and no first admin is configured, so nobody could sign in. Production mode has no "
							+ "demo user and no default password.",
					"Set REACHGRAPH_ADMIN_EMAIL and REACHGRAPH_ADMIN_PASSWORD (at least 12 characters) for the first "
							+ "start; the admin is created once, when no user exists.");
		}
	}

	private void createConfiguredAdmin() {
		String email = properties.adminEmail().strip();
		String password = properties.adminPassword();
		String problem = !email.contains("@") ? "REACHGRAPH_ADMIN_EMAIL '" + email + "' is not an email address."
				: PasswordPolicy.problem(password, email).map(reason -> "REACHGRAPH_ADMIN_PASSWORD is not acceptable: " + reason)
					.orElse(null);
		if (problem != null) {
			throw new StartupRefused(problem, "Fix REACHGRAPH_ADMIN_EMAIL / REACHGRAPH_ADMIN_PASSWORD and start again.");
		}
		users.create(new UserService.NewUser(email, "Administrator", Role.ADMIN, password));
		log.info("Created the first admin {} from REACHGRAPH_ADMIN_EMAIL", email);
		notes.add("Sign in as:         " + email + " (password from REACHGRAPH_ADMIN_PASSWORD)");
	}

	private void createDemoAdmin() {
		String password = randomPassword();
		users.create(new UserService.NewUser(DEMO_EMAIL, "Demo Admin", Role.ADMIN, password));
		try {
			Files.createDirectories(demoLoginFile.getParent());
			Files.writeString(demoLoginFile, DEMO_EMAIL + "\n" + password + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			log.warn("Could not keep the demo sign-in in {}: {}", demoLoginFile, ex.getMessage());
		}
		addDemoNote(password);
	}

	private void rememberDemoLogin() {
		if (!runtime.embedded() || !Files.isReadable(demoLoginFile)) {
			return;
		}
		try {
			List<String> lines = Files.readAllLines(demoLoginFile, StandardCharsets.UTF_8);
			if (lines.size() >= 2 && users.findByEmail(lines.get(0)).isPresent()) {
				addDemoNote(lines.get(1));
			}
		}
		catch (IOException ex) {
			log.debug("No demo sign-in to show: {}", ex.getMessage());
		}
	}

	private void addDemoNote(String password) {
		notes.add("Demo sign-in:       " + DEMO_EMAIL + " / " + password
				+ "  (embedded mode only; kept in " + demoLoginFile + ")");
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	@Override
	public List<String> lines() {
		return List.copyOf(notes);
	}

}
