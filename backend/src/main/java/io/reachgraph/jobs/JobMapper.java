package io.reachgraph.jobs;

import io.reachgraph.jobs.Job;
import io.reachgraph.shared.SharedMapperConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = SharedMapperConfig.class)
public interface JobMapper {

	/** Parameters a user may see (never tokens or internal file ids). */
	Set<String> VISIBLE_PARAMETERS = Set.of("originalName", "format", "platform", "defaultKind", "seeds", "depth",
			"maxProfiles", "maxEdgesPerProfile", "instance", "maxPagesPerDomain", "collect", "runId", "name");

	@Mapping(target = "percent", expression = "java(percent(job))")
	@Mapping(target = "parameters", expression = "java(parameters(job))")
	@Mapping(target = "hasRejectedRows", expression = "java(job.getProgress().getOrDefault(\"rejected\", 0L) > 0)")
	JobResponse toResponse(Job job);

	JobResponse.JobErrorResponse toResponse(Job.JobError error);

	default Integer percent(Job job) {
		Long explicit = job.getProgress().get("percent");
		if (explicit != null) {
			return (int) Math.max(0, Math.min(100, explicit));
		}
		Long total = job.getBytesTotal();
		Long read = job.getProgress().get("bytesRead");
		if (job.getStatus() == io.reachgraph.jobs.JobStatus.COMPLETED) {
			return 100;
		}
		if (total == null || total <= 0 || read == null) {
			return null;
		}
		return (int) Math.min(100, read * 100 / total);
	}

	default Map<String, Object> parameters(Job job) {
		Map<String, Object> visible = new LinkedHashMap<>();
		job.getParams().forEach((key, value) -> {
			if (VISIBLE_PARAMETERS.contains(key)) {
				visible.put(key, value);
			}
		});
		return visible;
	}

}
