package io.reachgraph.identity.web;

import io.reachgraph.identity.Role;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A user as the API shows it (never the password hash). */
public record UserResponse(@NotNull String id, @NotNull String email, @NotNull String displayName, @NotNull Role role,
		@io.swagger.v3.oas.annotations.media.Schema(requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) boolean active, @NotNull Instant createdAt, @NotNull Instant updatedAt) {
}
