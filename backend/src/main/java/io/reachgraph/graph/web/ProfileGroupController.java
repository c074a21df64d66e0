package io.reachgraph.graph.web;

import io.reachgraph.graph.ProfileGroupSummary;
import io.reachgraph.graph.ProfileGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Groups of profiles that belong to one person or brand across networks and sites. */
@Tag(name = "Profile groups")
@RestController
@RequestMapping("/api/profile-groups")
class ProfileGroupController {

	private static final String PROFILE_ID = "[a-z0-9][a-z0-9-]{0,19}:.+";

	private final ProfileGroups groups;

	ProfileGroupController(ProfileGroups groups) {
		this.groups = groups;
	}

	record CreateGroupRequest(@NotBlank @Size(max = 120) String name,
			@NotEmpty @Size(max = 50) List<@Pattern(regexp = PROFILE_ID, message = "is not a profile id (platform:key)") String> profileIds) {
	}

	record UpdateGroupRequest(@Size(min = 1, max = 120) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
			@Size(max = 50) List<@Pattern(regexp = PROFILE_ID, message = "is not a profile id (platform:key)") String> add,
			@Size(max = 50) List<String> remove) {
	}

	@Operation(summary = "Group profiles that belong to one person or brand (a profile is in at most one group)")
	@PostMapping
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	ResponseEntity<ProfileGroupSummary> create(@Valid @RequestBody CreateGroupRequest request, Principal principal) {
		ProfileGroupSummary group = groups.create(request.name(), request.profileIds(), principal.getName());
		return ResponseEntity.created(URI.create("/api/profile-groups/" + group.id())).body(group);
	}

	@Operation(summary = "Groups, or the group of one profile")
	@GetMapping
	List<ProfileGroupSummary> list(@RequestParam(required = false) String profileId) {
		return groups.list(profileId);
	}

	@Operation(summary = "One group")
	@GetMapping("/{id}")
	ProfileGroupSummary get(@PathVariable String id) {
		return groups.get(id);
	}

	@Operation(summary = "Rename a group, add or remove profiles")
	@PatchMapping("/{id}")
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	ProfileGroupSummary update(@PathVariable String id, @Valid @RequestBody UpdateGroupRequest request) {
		return groups.update(id, request.name(), request.add(), request.remove());
	}

	@Operation(summary = "Delete a group (its profiles stay)")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	void delete(@PathVariable String id) {
		groups.delete(id);
	}

}
