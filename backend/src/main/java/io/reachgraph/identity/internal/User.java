package io.reachgraph.identity.internal;

import io.reachgraph.identity.Role;
import io.reachgraph.identity.UserId;
import io.reachgraph.identity.UserSummary;
import java.time.Instant;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person who signs in. The email (lower-cased) is the natural key. */
@Document("users")
public class User {

	@Id
	private String id;

	@Indexed(unique = true)
	private String email;

	private String displayName;

	private String passwordHash;

	private Role role;

	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant passwordChangedAt;

	@Version
	private Long version;

	protected User() {
	}

	User(String email, String displayName, String passwordHash, Role role, Instant now) {
		this.email = normalizeEmail(email);
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.role = role;
		this.active = true;
		this.createdAt = now;
		this.updatedAt = now;
		this.passwordChangedAt = now;
	}

	static String normalizeEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	void rename(String displayName, Instant now) {
		this.displayName = displayName.strip();
		this.updatedAt = now;
	}

	void changeRole(Role role, Instant now) {
		this.role = role;
		this.updatedAt = now;
	}

	void setActive(boolean active, Instant now) {
		this.active = active;
		this.updatedAt = now;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
		this.updatedAt = now;
	}

	boolean isActiveAdmin() {
		return active && role == Role.ADMIN;
	}

	UserSummary summary() {
		return new UserSummary(new UserId(id), email, displayName, role, active);
	}

	public String getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public boolean isActive() {
		return active;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Long getVersion() {
		return version;
	}

}
