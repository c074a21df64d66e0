package io.reachgraph.identity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in settings ({@code reachgraph.identity.*}).
 *
 * @param adminEmail     first admin's email, created only when no user exists ({@code REACHGRAPH_ADMIN_EMAIL})
 * @param adminPassword  first admin's password ({@code REACHGRAPH_ADMIN_PASSWORD}), at least 12 characters
 * @param demoUser       embedded mode only: create a demo admin with a random password when no user exists and no
 *                       first admin is configured
 * @param maxFailedSignIns failed sign-ins for one email before it is locked out for a while
 * @param lockout        first lock-out; it doubles with each further failure, up to {@code maxLockout}
 * @param maxLockout     longest lock-out
 */
@Validated
@ConfigurationProperties("reachgraph.identity")
public record IdentityProperties(
		String adminEmail,
		String adminPassword,
		@DefaultValue("true") boolean demoUser,
		@DefaultValue("5") @Min(1) @Max(100) int maxFailedSignIns,
		@DefaultValue("30s") Duration lockout,
		@DefaultValue("15m") Duration maxLockout) {

	public boolean hasFirstAdmin() {
		return adminEmail != null && !adminEmail.isBlank();
	}

}
