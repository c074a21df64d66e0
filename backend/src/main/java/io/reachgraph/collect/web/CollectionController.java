package io.reachgraph.collect.web;

import io.reachgraph.jobs.JobMapper;
import io.reachgraph.jobs.JobResponse;

import io.reachgraph.jobs.JobType;
import io.reachgraph.collect.internal.collections.CollectionParameters;
import io.reachgraph.collect.internal.imports.UploadStore;
import io.reachgraph.jobs.Job;
import io.reachgraph.jobs.JobService;
import io.reachgraph.graph.GraphStore;
import io.reachgraph.identity.UserSummary;
import io.reachgraph.identity.Users;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Starts Bluesky, Mastodon and web-crawl collections into a network. */
@Tag(name = "Collections")
@RestController
@RequestMapping("/api/networks/{networkId}/collections")
@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
class CollectionController {

	private final GraphStore graphs;

	private final JobService jobs;

	private final JobMapper mapper;

	private final UploadStore uploads;

	private final Users users;

	private final io.reachgraph.collect.internal.collections.ProfileSites profileSites;

	CollectionController(GraphStore graphs, JobService jobs, JobMapper mapper, UploadStore uploads, Users users,
			io.reachgraph.collect.internal.collections.ProfileSites profileSites) {
		this.profileSites = profileSites;
		this.graphs = graphs;
		this.jobs = jobs;
		this.mapper = mapper;
		this.uploads = uploads;
		this.users = users;
	}

	@Operation(summary = "Collect a follower / interaction graph from Bluesky or Mastodon, or a links graph by crawling sites",
			description = "Runs as a background job (202); follow it at /api/jobs/{id}. Seeds are checked before the job starts.")
	@PostMapping
	ResponseEntity<JobResponse> start(@PathVariable String networkId, @Valid @RequestBody StartCollectionRequest request) {
		graphs.network(networkId);
		java.util.List<String> seeds = new java.util.ArrayList<>(request.seeds() == null ? java.util.List.of() : request.seeds());
		if (request.source() == StartCollectionRequest.Source.CRAWL && Boolean.TRUE.equals(request.seedsFromProfileLinks())) {
			for (String site : profileSites.sites(networkId, 100 - seeds.size())) {
				if (!seeds.contains(site)) {
					seeds.add(site);
				}
			}
			if (seeds.isEmpty()) {
				throw new io.reachgraph.graph.InvalidGraphFile("No profile in this network links to a web site yet: give seeds.");
			}
		}
		CollectionParameters parameters = CollectionParameters.from(request.source().name(), seeds,
				request.depth(), request.maxProfiles(), request.maxEdgesPerProfile(),
				request.collect() == null ? null : request.collect().stream().map(Enum::name).toList(), request.instance(),
				request.accessToken(), request.maxPagesPerDomain());
		String createdBy = users.current().map(UserSummary::email).orElse(null);
		Job job = jobs.create(JobType.valueOf(request.source().name()), networkId, createdBy, parameters.toDocument(), null);
		return ResponseEntity.accepted()
			.location(URI.create("/api/jobs/" + job.getId()))
			.body(mapper.toResponse(job));
	}

}
