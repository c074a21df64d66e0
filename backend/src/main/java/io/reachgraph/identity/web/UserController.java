package io.reachgraph.identity.web;

import io.reachgraph.identity.Role;
import io.reachgraph.identity.internal.UserService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User management: admins only. */
@Tag(name = "Users")
@RestController
@RequestMapping("/api/users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {

	private final UserService users;

	private final UserMapper mapper;

	UserController(UserService users, UserMapper mapper) {
		this.users = users;
		this.mapper = mapper;
	}

	@Operation(summary = "Users, paged; q matches email or name")
	@GetMapping
	PagedModel<UserResponse> list(@RequestParam(required = false) @Size(max = 200) String q,
			@org.springdoc.core.annotations.ParameterObject @PageableDefault(size = 20, sort = "email", direction = Sort.Direction.ASC) Pageable pageable) {
		Page<UserResponse> page = users.list(q, UserSort.sanitize(pageable)).map(mapper::toResponse);
		return new PagedModel<>(page);
	}

	@Operation(summary = "Create a user with a role and an initial password")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	UserResponse create(@Valid @RequestBody CreateUserRequest request) {
		return mapper.toResponse(users.create(new UserService.NewUser(request.email(), request.displayName(),
				request.role(), request.password())));
	}

	@Operation(summary = "One user")
	@GetMapping("/{id}")
	UserResponse get(@PathVariable String id) {
		return mapper.toResponse(users.get(id));
	}

	@Operation(summary = "Change a user's name, role, or active state (the last active admin cannot lose admin)")
	@PatchMapping("/{id}")
	UserResponse update(@PathVariable String id, @Valid @RequestBody UpdateUserRequest request) {
		return mapper.toResponse(users.update(id,
				new UserService.UserChanges(request.displayName(), request.role(), request.active())));
	}

	@Operation(summary = "Set a new password for a user (ends their sessions)")
	@PutMapping("/{id}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetPassword(@PathVariable String id, @Valid @RequestBody ResetPasswordRequest request) {
		users.resetPassword(id, request.newPassword());
	}

	record CreateUserRequest(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(max = 100) String displayName, @NotNull Role role,
			@NotBlank @Size(min = 12, max = 128) String password) {
	}

	record UpdateUserRequest(@Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String displayName,
			Role role, Boolean active) {
	}

	record ResetPasswordRequest(@NotBlank @Size(min = 12, max = 128) String newPassword) {
	}

}
