package io.reachgraph.ranking.web;

import io.reachgraph.graph.ProfileDetails;
import io.reachgraph.identity.UserSummary;
import io.reachgraph.identity.Users;
import io.reachgraph.ranking.internal.Shortlist;
import io.reachgraph.ranking.internal.ShortlistService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Named, shared shortlists of profiles with notes. */
@Tag(name = "Shortlists")
@RestController
@RequestMapping("/api/shortlists")
class ShortlistController {

	private final ShortlistService shortlists;

	private final Users users;

	ShortlistController(ShortlistService shortlists, Users users) {
		this.shortlists = shortlists;
		this.users = users;
	}

	record ShortlistResponse(@NotNull String id, @NotNull String name, String description, String networkId,
			String createdBy, @NotNull Instant createdAt, @NotNull Instant updatedAt, int size, @NotNull List<ItemResponse> items) {
	}

	record ItemResponse(@NotNull String profileId, @NotNull String label, String displayName, @NotNull String platform,
			String avatarUrl, Long followersCount, String note, String addedBy, @NotNull Instant addedAt, String runId) {
	}

	record CreateShortlistRequest(@NotBlank @Size(max = 120) String name, @Size(max = 2000) String description,
			String networkId) {
	}

	record UpdateShortlistRequest(@Size(min = 1, max = 120) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
			@Size(max = 2000) String description) {
	}

	record AddItemsRequest(@NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 320) @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,19}:.+", message = "is not a profile id (platform:key)") String> profileIds,
			@Size(max = 2000) String note, String runId) {
	}

	record NoteRequest(@Size(max = 2000) String note) {
	}

	@Operation(summary = "Shortlists, most recently changed first (without items)")
	@GetMapping
	PagedModel<ShortlistResponse> list(@RequestParam(required = false) String networkId, @ParameterObject Pageable pageable) {
		Pageable safe = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 100));
		return new PagedModel<>(shortlists.list(networkId, safe).map(list -> response(list, Map.of(), false)));
	}

	/** A shortlist holding a profile, with that profile's note: where a profile already is on its way to outreach. */
	record MembershipResponse(@NotNull String id, @NotNull String name, String networkId, @NotNull Instant updatedAt,
			String note, String addedBy, @NotNull Instant addedAt) {
	}

	@Operation(summary = "The shortlists a profile is on, with its note on each, most recently changed first")
	@GetMapping("/containing")
	List<MembershipResponse> containing(@RequestParam @Size(max = 320) String profileId) {
		return shortlists.containing(profileId).stream().flatMap(list -> list.getItems().stream()
			.filter(item -> item.profileId().equals(profileId))
			.findFirst()
			.map(item -> new MembershipResponse(list.getId(), list.getName(), list.getNetworkId(), list.getUpdatedAt(),
					item.note(), item.addedBy(), item.addedAt()))
			.stream()).toList();
	}

	@Operation(summary = "Create a shortlist")
	@PostMapping
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	ResponseEntity<ShortlistResponse> create(@Valid @RequestBody CreateShortlistRequest request) {
		Shortlist list = shortlists.create(request.name(), request.description(), request.networkId(), me());
		return ResponseEntity.created(URI.create("/api/shortlists/" + list.getId())).body(response(list, Map.of(), true));
	}

	@Operation(summary = "One shortlist with its profiles and notes")
	@GetMapping("/{id}")
	ShortlistResponse get(@PathVariable String id) {
		Shortlist list = shortlists.get(id);
		return response(list, shortlists.details(list), true);
	}

	@Operation(summary = "Rename or describe a shortlist")
	@PatchMapping("/{id}")
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	ShortlistResponse update(@PathVariable String id, @Valid @RequestBody UpdateShortlistRequest request) {
		Shortlist list = shortlists.rename(id, request.name(), request.description());
		return response(list, shortlists.details(list), true);
	}

	@Operation(summary = "Delete a shortlist")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	void delete(@PathVariable String id) {
		shortlists.delete(id);
	}

	@Operation(summary = "Add profiles (already listed ones are kept as they are)")
	@PostMapping("/{id}/items")
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	ShortlistResponse add(@PathVariable String id, @Valid @RequestBody AddItemsRequest request) {
		Shortlist list = shortlists.add(id, request.profileIds(), request.note(), request.runId(), me());
		return response(list, shortlists.details(list), true);
	}

	@Operation(summary = "Change the note of a listed profile")
	@PatchMapping("/{id}/items/{profileId}")
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	ShortlistResponse note(@PathVariable String id, @PathVariable String profileId, @Valid @RequestBody NoteRequest request) {
		Shortlist list = shortlists.note(id, profileId, request.note());
		return response(list, shortlists.details(list), true);
	}

	@Operation(summary = "Take a profile off the list")
	@DeleteMapping("/{id}/items/{profileId}")
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	ShortlistResponse remove(@PathVariable String id, @PathVariable String profileId) {
		Shortlist list = shortlists.remove(id, profileId);
		return response(list, shortlists.details(list), true);
	}

	@Operation(summary = "The shortlist as CSV")
	@GetMapping(value = "/{id}/export", produces = "text/csv")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String id) {
		Shortlist list = shortlists.get(id);
		ShortlistResponse response = response(list, shortlists.details(list), true);
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
			csv.printRecord("profile_id", "label", "display_name", "platform", "followers", "note", "added_by", "added_at");
			for (ItemResponse item : response.items()) {
				csv.printRecord(item.profileId(), item.label(), item.displayName(), item.platform(), item.followersCount(),
						item.note(), item.addedBy(), item.addedAt());
			}
			csv.flush();
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(list.getName().replaceAll("[^A-Za-z0-9._-]+", "-") + ".csv").build().toString())
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.body(body);
	}

	private String me() {
		return users.current().map(UserSummary::email).orElse(null);
	}

	private static ShortlistResponse response(Shortlist list, Map<String, ProfileDetails> details, boolean withItems) {
		List<ItemResponse> items = withItems ? list.getItems().stream().map(item -> {
			ProfileDetails d = details.getOrDefault(item.profileId(), ProfileDetails.bare(item.profileId()));
			return new ItemResponse(item.profileId(), d.label(), d.displayName(), d.platform(), d.avatarUrl(),
					d.followersCount(), item.note(), item.addedBy(), item.addedAt(), item.runId());
		}).toList() : List.of();
		return new ShortlistResponse(list.getId(), list.getName(), list.getDescription(), list.getNetworkId(),
				list.getCreatedBy(), list.getCreatedAt(), list.getUpdatedAt(), list.getItems().size(), items);
	}

}
