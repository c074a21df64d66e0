package io.reachgraph.collect.web;

import io.reachgraph.collect.internal.imports.UploadStore;
import io.reachgraph.jobs.Job;
import io.reachgraph.jobs.JobService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The rows an import could not use, for the user to fix and import again. */
@Tag(name = "Imports")
@RestController
class RejectedRowsController {

	private final JobService jobs;

	private final UploadStore uploads;

	RejectedRowsController(JobService jobs, UploadStore uploads) {
		this.jobs = jobs;
		this.uploads = uploads;
	}

	@Operation(summary = "The rows an import rejected, as CSV: line, reason, record")
	@GetMapping(value = "/api/jobs/{id}/rejected", produces = "text/csv")
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

}
