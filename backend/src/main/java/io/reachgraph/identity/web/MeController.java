package io.reachgraph.identity.web;

import io.reachgraph.identity.internal.AccountPrincipal;
import io.reachgraph.identity.internal.UserService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Me")
@RestController
@RequestMapping("/api/me")
class MeController {

	private final UserService users;

	private final UserMapper mapper;

	MeController(UserService users, UserMapper mapper) {
		this.users = users;
		this.mapper = mapper;
	}

	@Operation(summary = "The signed-in user")
	@GetMapping
	UserResponse me(@AuthenticationPrincipal AccountPrincipal principal) {
		return mapper.toResponse(users.get(principal.userId()));
	}

	@Operation(summary = "Change your own password (needs the current one)")
	@PutMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@AuthenticationPrincipal AccountPrincipal principal,
			@Valid @RequestBody ChangePasswordRequest request) {
		users.changeOwnPassword(principal.userId(), request.currentPassword(), request.newPassword());
	}

	record ChangePasswordRequest(@NotBlank @Size(max = 128) String currentPassword,
			@NotBlank @Size(min = 12, max = 128) String newPassword) {
	}

}
