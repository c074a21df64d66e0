package io.reachgraph.identity.internal;

import io.reachgraph.identity.Role;
import io.reachgraph.identity.UserId;
import io.reachgraph.identity.UserSummary;
import io.reachgraph.identity.Users;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates and manages users; keeps at least one active admin; ends sessions of users who lose access. */
@Service
public class UserService implements Users {

	private final UserRepository users;

	private final PasswordEncoder passwords;

	private final SessionRegistry sessions;

	private final Clock clock;

	UserService(UserRepository users, PasswordEncoder passwords, SessionRegistry sessions, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.sessions = sessions;
		this.clock = clock;
	}

	public record NewUser(String email, String displayName, Role role, String password) {
	}

	public record UserChanges(String displayName, Role role, Boolean active) {
	}

	public User create(NewUser request) {
		String email = User.normalizeEmail(request.email());
		PasswordPolicy.check(request.password(), email);
		if (users.existsByEmail(email)) {
			throw new IdentityProblems.EmailTaken(email);
		}
		User user = new User(email, request.displayName(), passwords.encode(request.password()), request.role(),
				clock.instant());
		try {
			return users.insert(user);
		}
		catch (DuplicateKeyException ex) {
			throw new IdentityProblems.EmailTaken(email);
		}
	}

	public Page<User> list(String query, Pageable pageable) {
		if (query == null || query.isBlank()) {
			return users.findAll(pageable);
		}
		String q = query.strip();
		return users.findByEmailContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(q, q, pageable);
	}

	public User get(String id) {
		return users.findById(id).orElseThrow(() -> new IdentityProblems.UserNotFound(id));
	}

	public User update(String id, UserChanges changes) {
		User user = get(id);
		boolean losesAdmin = user.isActiveAdmin() && ((changes.role() != null && changes.role() != Role.ADMIN)
				|| Boolean.FALSE.equals(changes.active()));
		if (losesAdmin && users.countByRoleAndActiveTrue(Role.ADMIN) <= 1) {
			throw new IdentityProblems.LastAdmin();
		}
		boolean accessChanged = (changes.role() != null && changes.role() != user.getRole())
				|| (changes.active() != null && changes.active() != user.isActive());
		if (changes.displayName() != null) {
			user.rename(changes.displayName(), clock.instant());
		}
		if (changes.role() != null) {
			user.changeRole(changes.role(), clock.instant());
		}
		if (changes.active() != null) {
			user.setActive(changes.active(), clock.instant());
		}
		User saved = users.save(user);
		if (accessChanged) {
			endSessions(saved.getEmail());
		}
		return saved;
	}

	public void changeOwnPassword(String id, String currentPassword, String newPassword) {
		User user = get(id);
		if (!passwords.matches(currentPassword, user.getPasswordHash())) {
			throw new IdentityProblems.WrongPassword();
		}
		PasswordPolicy.check(newPassword, user.getEmail());
		user.changePassword(passwords.encode(newPassword), clock.instant());
		users.save(user);
	}

	public void resetPassword(String id, String newPassword) {
		User user = get(id);
		PasswordPolicy.check(newPassword, user.getEmail());
		user.changePassword(passwords.encode(newPassword), clock.instant());
		users.save(user);
		endSessions(user.getEmail());
	}

	public long count() {
		return users.count();
	}

	public Optional<User> findByEmail(String email) {
		return users.findByEmail(User.normalizeEmail(email));
	}

	@Override
	public Optional<UserSummary> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
			return users.findById(principal.userId()).map(User::summary);
		}
		return Optional.empty();
	}

	@Override
	public Optional<UserSummary> find(UserId id) {
		return users.findById(id.value()).map(User::summary);
	}

	/** Ends every browser session of this user: the next request must sign in again (and sees the new role). */
	private void endSessions(String email) {
		for (Object principal : sessions.getAllPrincipals()) {
			if (principal instanceof AccountPrincipal account && account.getUsername().equals(email)) {
				sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

}
