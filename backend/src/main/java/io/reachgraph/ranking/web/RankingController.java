package io.reachgraph.ranking.web;

import io.reachgraph.identity.UserSummary;
import io.reachgraph.identity.Users;
import io.reachgraph.jobs.Job;
import io.reachgraph.jobs.JobService;
import io.reachgraph.ranking.AudienceOverlap;
import io.reachgraph.ranking.GraphView;
import io.reachgraph.ranking.RankComparison;
import io.reachgraph.ranking.RankedProfileDetails;
import io.reachgraph.ranking.RankedProfileSummary;
import io.reachgraph.ranking.RankingParameters;
import io.reachgraph.ranking.RankingRunSummary;
import io.reachgraph.ranking.internal.RankingQueries;
import io.reachgraph.ranking.internal.RankingRun;
import io.reachgraph.ranking.internal.RankingService;
import io.reachgraph.ranking.internal.ShortlistService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Ranking runs and what strategists read from them. Runs are started by strategists and admins; all may read. */
@Tag(name = "Rankings")
@RestController
class RankingController {

	static final Set<String> SORTS = Set.of("rank", "label", "followersCount", "score", "pagerank", "personalized",
			"inDegree", "followers", "interactions", "betweenness", "harmonic", "coreness", "clustering", "reciprocity",
			"hollowFollowers", "nofollowShare");

	private final RankingService runs;

	private final RankingQueries queries;

	private final JobService jobs;

	private final Users users;

	private final ShortlistService shortlists;

	RankingController(RankingService runs, RankingQueries queries, JobService jobs, Users users,
			ShortlistService shortlists) {
		this.runs = runs;
		this.queries = queries;
		this.jobs = jobs;
		this.users = users;
		this.shortlists = shortlists;
	}

	@Operation(summary = "Start a ranking run over a network scope (202; follow the job or poll the run)")
	@PostMapping("/api/networks/{networkId}/rankings")
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	ResponseEntity<RankingRunSummary> start(@PathVariable String networkId, @Valid @RequestBody StartRankingRequest request) {
		RankingParameters parameters = new RankingParameters(request.edgeWeights(), request.seeds(),
				request.hops() == null ? 1 : request.hops(), request.direction(), request.platforms(),
				request.personalization(), request.scoreWeights(), request.betweenness(),
				request.betweennessSamples() == null ? 0 : request.betweennessSamples());
		String createdBy = users.current().map(UserSummary::email).orElse(null);
		RankingRun run = runs.start(networkId, request.name(), parameters, createdBy);
		return ResponseEntity.accepted().location(URI.create("/api/rankings/" + run.getId())).body(summary(run));
	}

	@Operation(summary = "A network's ranking runs, newest first")
	@GetMapping("/api/networks/{networkId}/rankings")
	PagedModel<RankingRunSummary> list(@PathVariable String networkId, @ParameterObject Pageable pageable) {
		Pageable safe = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 100));
		return new PagedModel<>(runs.list(networkId, safe).map(this::summary));
	}

	@Operation(summary = "One ranking run")
	@GetMapping("/api/rankings/{runId}")
	RankingRunSummary get(@PathVariable String runId) {
		return summary(runs.get(runId));
	}

	@Operation(summary = "The ranked profiles: sortable by every metric, filtered, paged",
			description = "sort: rank (default), score, pagerank, personalized, inDegree, followers, interactions, "
					+ "betweenness, harmonic, coreness, clustering, followersCount, label; with ,asc or ,desc")
	@GetMapping("/api/rankings/{runId}/profiles")
	PagedModel<RankedProfileSummary> profiles(@PathVariable String runId, @ParameterObject @Valid TableQuery query) {
		return new PagedModel<>(queries.table(runId, query.filter(shortlists::shortlistedProfiles), PageRequest.of(query.pageOrZero(), query.sizeOrDefault())));
	}

	@Operation(summary = "The filtered ranked list as CSV (up to 100,000 rows)")
	@GetMapping(value = "/api/rankings/{runId}/profiles.csv", produces = "text/csv")
	ResponseEntity<StreamingResponseBody> csv(@PathVariable String runId, @ParameterObject @Valid TableQuery query) {
		RankingRun run = runs.completed(runId);
		List<RankedProfileSummary> rows = queries.all(runId, query.filter(shortlists::shortlistedProfiles), 100_000);
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
			csv.printRecord("rank", "profile_id", "label", "display_name", "platform", "score", "pagerank", "personalized",
					"in_degree", "followers_in_scope", "followers_reported", "interactions", "betweenness", "harmonic",
					"coreness", "clustering", "community", "flags", "rank_change", "has_contact", "guest_post_url");
			for (RankedProfileSummary r : rows) {
				csv.printRecord(r.rank(), r.profileId(), r.label(), r.displayName(), r.platform(), r.score(),
						r.metrics().get("pagerank"), r.metrics().get("personalized"), r.metrics().get("inDegree"),
						r.followersInScope(), r.followersCount(), r.metrics().get("interactions"),
						r.metrics().get("betweenness"), r.metrics().get("harmonic"), r.metrics().get("coreness"),
						r.metrics().get("clustering"), r.community(), String.join(" ", r.flags()),
						r.rankChange() == null ? "" : r.rankChange().change() + (r.rankChange().by() > 0 ? " " + r.rankChange().by() : ""),
						r.hasContact(), r.guestPostUrl());
			}
			csv.flush();
		};
		String name = run.getName().replaceAll("[^A-Za-z0-9._-]+", "-");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".csv").build().toString())
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.body(body);
	}

	@Operation(summary = "One ranked profile and why it ranks where it does")
	@GetMapping("/api/rankings/{runId}/profiles/{profileId}")
	RankedProfileDetails profile(@PathVariable String runId, @PathVariable String profileId) {
		return queries.profile(runId, profileId);
	}

	@Operation(summary = "A profile's ego network: its strongest neighbours and the edges among them")
	@GetMapping("/api/rankings/{runId}/profiles/{profileId}/ego")
	GraphView ego(@PathVariable String runId, @PathVariable String profileId,
			@RequestParam(defaultValue = "40") @Min(1) @Max(300) int limit) {
		return queries.ego(runId, profileId, limit);
	}

	@Operation(summary = "The network map: the top profiles by score and the edges among them")
	@GetMapping("/api/rankings/{runId}/map")
	GraphView map(@PathVariable String runId, @RequestParam(defaultValue = "300") @Min(1) @Max(3000) int top) {
		return queries.map(runId, top);
	}

	@Operation(summary = "Followers vs PageRank vs interactions: ranks side by side and their correlations")
	@GetMapping("/api/rankings/{runId}/compare")
	RankComparison compare(@PathVariable String runId, @RequestParam(defaultValue = "50") @Min(5) @Max(1000) int top) {
		return queries.compare(runId, top);
	}

	@Operation(summary = "Audience overlap of profiles, and the best set of k with the most unique reach")
	@PostMapping("/api/rankings/{runId}/overlap")
	AudienceOverlap overlap(@PathVariable String runId, @Valid @RequestBody OverlapRequest request) {
		return queries.overlap(runId, request.profileIds(), request.k() == null ? 5 : request.k());
	}

	record OverlapRequest(@Size(max = 200) List<@NotNull String> profileIds, @Min(1) @Max(50) Integer k) {
	}

	private RankingRunSummary summary(RankingRun run) {
		String status = run.isComplete() ? "COMPLETED" : "QUEUED";
		if (!run.isComplete() && run.getJobId() != null) {
			try {
				Job job = jobs.get(run.getJobId());
				status = job.getStatus().name();
			}
			catch (JobService.JobNotFound ex) {
				status = "FAILED";
			}
		}
		RankingRun previous = run.isComplete() ? runs.previous(run) : null;
		return new RankingRunSummary(run.getId(), run.getNetworkId(), run.getName(), run.getJobId(), status,
				run.isComplete(), run.getCreatedBy(), run.getCreatedAt(), run.getCompletedAt(), run.getNodeCount(),
				run.getEdgeCount(), run.getParameters(), run.getStats(), previous == null ? null : previous.getId());
	}

}
