package io.reachgraph.jobs.web;

import io.reachgraph.jobs.JobMapper;
import io.reachgraph.jobs.JobResponse;
import io.reachgraph.jobs.JobService;
import io.reachgraph.jobs.JobStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Background jobs: progress for everyone signed in, control for strategists and admins. */
@Tag(name = "Jobs")
@RestController
@RequestMapping("/api/jobs")
class JobController {

	private final JobService jobs;

	private final JobMapper mapper;

	JobController(JobService jobs, JobMapper mapper) {
		this.jobs = jobs;
		this.mapper = mapper;
	}

	@Operation(summary = "Jobs, newest first; filter by network and status")
	@GetMapping
	PagedModel<JobResponse> list(@RequestParam(required = false) String networkId,
			@RequestParam(required = false) JobStatus status,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		Pageable safe = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 100),
				Sort.by(Sort.Direction.DESC, "createdAt"));
		return new PagedModel<>(jobs.list(networkId, status, safe).map(mapper::toResponse));
	}

	@Operation(summary = "One job with its progress and errors")
	@GetMapping("/{id}")
	JobResponse get(@PathVariable String id) {
		return mapper.toResponse(jobs.get(id));
	}

	@Operation(summary = "Pause: a running job stops at its next checkpoint (within seconds)")
	@PostMapping("/{id}/pause")
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	JobResponse pause(@PathVariable String id) {
		return mapper.toResponse(jobs.pause(id));
	}

	@Operation(summary = "Resume a paused or failed job from its last checkpoint")
	@PostMapping("/{id}/resume")
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	JobResponse resume(@PathVariable String id) {
		return mapper.toResponse(jobs.resume(id));
	}

	@Operation(summary = "Cancel: stops for good; what was stored so far stays")
	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	JobResponse cancel(@PathVariable String id) {
		return mapper.toResponse(jobs.cancel(id));
	}

}
