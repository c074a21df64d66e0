package io.reachgraph.graph.web;

import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.NetworkSummary;
import io.reachgraph.graph.internal.GraphExports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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

/** Networks: everyone signed in reads them; strategists and admins create, rename and delete them. */
@Tag(name = "Networks")
@RestController
@RequestMapping("/api/networks")
class NetworkController {

	private static final java.util.Set<String> SORTABLE = java.util.Set.of("name", "createdAt", "updatedAt",
			"lastCollectedAt", "nodeCount");

	private final GraphStore graphs;

	private final GraphExports exports;

	NetworkController(GraphStore graphs, GraphExports exports) {
		this.graphs = graphs;
		this.exports = exports;
	}

	@Operation(summary = "Networks with their profile and edge counts; q matches the name")
	@GetMapping
	PagedModel<NetworkSummary> list(@RequestParam(required = false) @Size(max = 200) String q,
			@org.springdoc.core.annotations.ParameterObject @PageableDefault(size = 20, sort = "updatedAt", direction = Sort.Direction.DESC) Pageable pageable) {
		Sort sort = Sort.by(pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList());
		Pageable safe = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(),
				Math.min(pageable.getPageSize(), 100), sort.isUnsorted() ? Sort.by(Sort.Direction.DESC, "updatedAt") : sort);
		return new PagedModel<>(graphs.networks(q, safe));
	}

	@Operation(summary = "Create a network (a named niche graph)")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	NetworkSummary create(@Valid @RequestBody CreateNetworkRequest request, Principal principal) {
		return graphs.createNetwork(request.name(), request.description(), principal.getName());
	}

	@Operation(summary = "One network")
	@GetMapping("/{id}")
	NetworkSummary get(@PathVariable String id) {
		return graphs.network(id);
	}

	@Operation(summary = "Rename or describe a network")
	@PatchMapping("/{id}")
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	NetworkSummary update(@PathVariable String id, @Valid @RequestBody UpdateNetworkRequest request) {
		return graphs.updateNetwork(id, request.name(), request.description());
	}

	@Operation(summary = "Delete a network's graph (its profiles stay); refused while a job writes to it")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	void delete(@PathVariable String id) {
		graphs.deleteNetwork(id);
	}

	@Operation(summary = "Download the network as a CSV edge list or as GEXF (opens in Gephi)")
	@GetMapping("/{id}/export")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String id,
			@RequestParam(defaultValue = "csv") @Pattern(regexp = "csv|gexf", message = "must be csv or gexf") String format) {
		NetworkSummary network = graphs.network(id);
		String base = network.name().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
		if (base.isEmpty()) {
			base = "network";
		}
		boolean gexf = "gexf".equals(format);
		StreamingResponseBody body = out -> {
			if (gexf) {
				exports.gexf(id, out);
			}
			else {
				exports.csv(id, out);
			}
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(base + (gexf ? ".gexf" : ".csv")).build().toString())
			.contentType(gexf ? MediaType.parseMediaType("application/gexf+xml") : MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.body(body);
	}

	record CreateNetworkRequest(@NotBlank @Size(max = 120) String name, @Size(max = 2000) String description) {
	}

	record UpdateNetworkRequest(@Size(min = 1, max = 120) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
			@Size(max = 2000) String description) {
	}

}
