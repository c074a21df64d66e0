package io.reachgraph.identity.internal;

import java.util.Locale;
import java.util.Optional;

/** Length-based rules (NIST SP 800-63B): at least 12 characters, at most 128, not the email itself. */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	/** Why the password is refused, or empty when it is acceptable. */
	static Optional<String> problem(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("Use at least " + MIN_LENGTH + " characters.");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("Use at most " + MAX_LENGTH + " characters.");
		}
		if (password.isBlank()) {
			return Optional.of("A password cannot be only spaces.");
		}
		if (email != null && password.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("The password cannot be the email address.");
		}
		return Optional.empty();
	}

	static void check(String password, String email) {
		problem(password, email).ifPresent(reason -> {
			throw new IdentityProblems.WeakPassword(reason);
		});
	}

}
