package io.reachgraph.collect.web;

import io.reachgraph.jobs.JobMapper;
import io.reachgraph.jobs.JobResponse;

import io.reachgraph.jobs.JobType;
import io.reachgraph.collect.internal.imports.UploadStore;
import io.reachgraph.jobs.Job;
import io.reachgraph.jobs.JobService;
import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.GraphFileFormat;
import io.reachgraph.graph.GraphFiles;
import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.InvalidGraphFile;
import io.reachgraph.graph.ProfileKey;
import io.reachgraph.identity.UserSummary;
import io.reachgraph.identity.Users;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import org.bson.Document;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploads a graph file into a network as an import job. */
@Tag(name = "Imports")
@RestController
@RequestMapping("/api/networks/{networkId}/imports")
@PreAuthorize("hasAnyRole('STRATEGIST','ADMIN')")
class ImportController {

	private final GraphStore graphs;

	private final GraphFiles files;

	private final UploadStore uploads;

	private final JobService jobs;

	private final JobMapper mapper;

	private final Users users;

	ImportController(GraphStore graphs, GraphFiles files, UploadStore uploads, JobService jobs, JobMapper mapper,
			Users users) {
		this.graphs = graphs;
		this.files = files;
		this.uploads = uploads;
		this.jobs = jobs;
		this.mapper = mapper;
		this.users = users;
	}

	@Operation(summary = "Import a CSV edge list, profiles CSV, GraphML or GEXF file (up to 256 MB) as a background job",
			description = "The format is detected from the content unless given. Node ids become profiles of the given "
					+ "platform. Answers 202 with the job; follow it at /api/jobs/{id}.")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<JobResponse> upload(@PathVariable String networkId, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) GraphFileFormat format,
			@RequestParam(defaultValue = "other") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,19}",
					message = "must be 1-20 of a-z, 0-9 and '-'") String platform,
			@RequestParam(defaultValue = "FOLLOWS") EdgeKind defaultKind) {
		graphs.network(networkId);
		if (file.isEmpty()) {
			throw new InvalidGraphFile("The file is empty.");
		}
		if (!ProfileKey.validPlatform(platform)) {
			throw new InvalidGraphFile("Platform '" + platform + "' is not valid.");
		}
		String uploadId;
		try (InputStream in = file.getInputStream()) {
			uploadId = uploads.save(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		GraphFileFormat detected;
		long size;
		try {
			detected = files.inspect(uploads.upload(uploadId), file.getOriginalFilename(), format);
			size = Files.size(uploads.upload(uploadId));
		}
		catch (InvalidGraphFile ex) {
			uploads.delete(uploadId);
			throw ex;
		}
		catch (IOException ex) {
			uploads.delete(uploadId);
			throw new UncheckedIOException(ex);
		}
		String originalName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
				: file.getOriginalFilename().replaceAll("[\\r\\n\\\\/]", "_");
		if (originalName.length() > 200) {
			originalName = originalName.substring(0, 200);
		}
		Document params = new Document("uploadId", uploadId).append("originalName", originalName)
			.append("format", detected.name())
			.append("platform", platform)
			.append("defaultKind", defaultKind.name());
		String createdBy = users.current().map(UserSummary::email).orElse(null);
		Job job = jobs.create(JobType.IMPORT, networkId, createdBy, params, size);
		return ResponseEntity.accepted()
			.location(URI.create("/api/jobs/" + job.getId()))
			.body(mapper.toResponse(job));
	}

}
