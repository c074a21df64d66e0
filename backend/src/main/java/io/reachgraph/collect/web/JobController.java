package io.reachgraph.collect.web;

import io.reachgraph.collect.JobStatus;
import io.reachgraph.collect.internal.imports.UploadStore;
import io.reachgraph.collect.internal.jobs.Job;
import io.reachgraph.collect.internal.jobs.JobService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Collection and import jobs: progress for everyone signed in, control for strategists and admins. */
@Tag(name = "Jobs")
@RestController
@RequestMapping("/api/jobs")
class JobController {

	private final JobService jobs;

	private final JobMapper mapper;

	private final UploadStore uploads;

	JobController(JobService jobs, JobMapper mapper, UploadStore uploads) {
		this.jobs = jobs;
		this.mapper = mapper;
		this.uploads = uploads;
	}

	@Operation(summary = "Jobs, newest first; filter by network and status")
	@GetMapping
	PagedModel<JobResponse> list(@RequestParam(required = false) String networkId,
			@RequestParam(required = false) JobStatus status,
			@org.springdoc.core.annotations.ParameterObject @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable) {
		Pageable safe = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(),
				Math.min(pageable.getPageSize(), 100), Sort.by(Sort.Direction.DESC, "createdAt"));
		return new PagedModel<>(jobs.list(networkId, status, safe).map(this::response));
	}

	@Operation(summary = "One job with its progress and errors")
	@GetMapping("/{id}")
	JobResponse get(@PathVariable String id) {
		return response(jobs.get(id));
	}

	@Operation(summary = "Pause: a running job stops at its next checkpoint (within seconds)")
	@PostMapping("/{id}/pause")
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	JobResponse pause(@PathVariable String id) {
		return response(jobs.pause(id));
	}

	@Operation(summary = "Resume a paused or failed job from its last checkpoint")
	@PostMapping("/{id}/resume")
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	JobResponse resume(@PathVariable String id) {
		return response(jobs.resume(id));
	}

	@Operation(summary = "Cancel: stops for good; what was stored so far stays")
	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
	JobResponse cancel(@PathVariable String id) {
		return response(jobs.cancel(id));
	}

	@Operation(summary = "The rows an import rejected, as CSV: line, reason, record")
	@GetMapping(value = "/{id}/rejected", produces = "text/csv")
	ResponseEntity<Resource> rejected(@PathVariable String id) {
		Job job = jobs.get(id);
		Path file = uploads.rejected(job.getId());
		if (!Files.exists(file)) {
			throw new JobService.JobNotFound(id + "/rejected");
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("rejected-rows-" + job.getId() + ".csv").build().toString())
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.body(new FileSystemResource(file));
	}

	private JobResponse response(Job job) {
		return mapper.toResponse(job, uploads.rejected(job.getId()));
	}

}
