package io.reachgraph.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.reachgraph.identity.IdentityProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailedSignIns} failures for one email, further attempts (form
 * sign-in or HTTP Basic) are refused with 429 for a lock-out that doubles with each further failure, up to
 * {@code maxLockout}. A successful sign-in clears the count. Kept in memory: a restart forgets it.
 */
@Component
public class SignInThrottle {

	private final Cache<String, Failures> failures;

	private final IdentityProperties properties;

	private final Clock clock;

	SignInThrottle(IdentityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.failures = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(properties.maxLockout().plus(Duration.ofMinutes(15)))
			.build();
	}

	private record Failures(int count, Instant lockedUntil) {
	}

	/** How long this email must wait before it may try again, if it is locked out. */
	public Optional<Duration> lockedFor(String email) {
		if (email == null) {
			return Optional.empty();
		}
		Failures current = failures.getIfPresent(key(email));
		Instant now = clock.instant();
		if (current == null || current.lockedUntil() == null || !current.lockedUntil().isAfter(now)) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, current.lockedUntil()));
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String email = String.valueOf(event.getAuthentication().getPrincipal());
		failures.asMap().compute(key(email), (k, previous) -> {
			int count = previous == null ? 1 : previous.count() + 1;
			Instant lockedUntil = null;
			int over = count - properties.maxFailedSignIns();
			if (over >= 0) {
				Duration lock = properties.lockout().multipliedBy(1L << Math.min(over, 20));
				if (lock.compareTo(properties.maxLockout()) > 0) {
					lock = properties.maxLockout();
				}
				lockedUntil = clock.instant().plus(lock);
			}
			return new Failures(count, lockedUntil);
		});
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		failures.invalidate(key(event.getAuthentication().getName()));
	}

	private static String key(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

}
