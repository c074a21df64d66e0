package io.reachgraph.identity.internal;

import io.reachgraph.shared.Problem;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** What can go wrong when managing users and passwords. */
final class IdentityProblems {

	private IdentityProblems() {
	}

	static final class UserNotFound extends Problem {

		private final String id;

		UserNotFound(String id) {
			super(HttpStatus.NOT_FOUND, "user-not-found", "User not found", "No user has the id '" + id + "'.");
			this.id = id;
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of("userId", id);
		}

	}

	static final class EmailTaken extends Problem {

		EmailTaken(String email) {
			super(HttpStatus.CONFLICT, "email-taken", "Email already in use",
					"A user with the email '" + email + "' already exists.");
		}

	}

	static final class LastAdmin extends Problem {

		LastAdmin() {
			super(HttpStatus.CONFLICT, "last-admin", "Last admin",
					"This is the last active admin: make another user an admin first.");
		}

	}

	static final class WrongPassword extends Problem {

		WrongPassword() {
			super(HttpStatus.BAD_REQUEST, "wrong-password", "Wrong password", "The current password is not correct.");
		}

	}

	static final class WeakPassword extends Problem {

		WeakPassword(String reason) {
			super(HttpStatus.BAD_REQUEST, "weak-password", "Password too weak", reason);
		}

	}

}
