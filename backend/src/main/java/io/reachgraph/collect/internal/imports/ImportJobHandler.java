package io.reachgraph.collect.internal.imports;

import io.reachgraph.jobs.JobType;
import io.reachgraph.jobs.JobsProperties;
import io.reachgraph.jobs.Job;
import io.reachgraph.jobs.JobContext;
import io.reachgraph.jobs.JobHandler;
import io.reachgraph.graph.EdgeData;
import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.GraphFileFormat;
import io.reachgraph.graph.GraphFileSink;
import io.reachgraph.graph.GraphFiles;
import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.GraphWriter;
import io.reachgraph.graph.ImportOptions;
import io.reachgraph.graph.ProfileData;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Imports an uploaded file into a network: streams it record by record into the network's writer, flushing and
 * checkpointing (records done, rejected-rows file length) every few seconds. A resumed run skips the records of its
 * checkpoint; re-adding anything after it is harmless (the writer de-duplicates), so the result equals an
 * uninterrupted run.
 */
@Component
class ImportJobHandler implements JobHandler {

	static final int FLUSH_PENDING = 200_000;

	private final GraphStore graphs;

	private final GraphFiles files;

	private final UploadStore uploads;

	private final JobsProperties properties;

	private final Clock clock;

	ImportJobHandler(GraphStore graphs, GraphFiles files, UploadStore uploads, JobsProperties properties, Clock clock) {
		this.graphs = graphs;
		this.files = files;
		this.uploads = uploads;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public JobType type() {
		return JobType.IMPORT;
	}

	@Override
	public void run(Job job, JobContext context) {
		Document params = job.getParams();
		Document checkpoint = context.checkpoint() == null ? new Document() : context.checkpoint();
		Counters counters = new Counters(checkpoint);
		ImportOptions options = new ImportOptions(GraphFileFormat.valueOf(params.getString("format")),
				params.getString("platform"), EdgeKind.valueOf(params.getString("defaultKind")), counters.records);
		String name = params.getString("originalName");
		try (GraphWriter writer = graphs.openWriter(job.getNetworkId(), job.getId() + ":" + job.getAttempts(),
				properties.lease());
				RejectedRows rejected = new RejectedRows(uploads.rejected(job.getId()), counters.rejectedBytes)) {
			Sink sink = new Sink(writer, rejected, context, counters, job.getBytesTotal(), name);
			GraphFiles.ReadSummary summary;
			try {
				summary = files.read(uploads.upload(params.getString("uploadId")), options, sink);
			}
			catch (RuntimeException ex) {
				sink.save("Stopped at record " + counters.records); // keep what was read before the failure
				throw ex;
			}
			sink.save(summary.complete() ? "Imported " + name : "Stopped at record " + counters.records);
			if (summary.complete() && !context.stopRequested()) {
				graphs.markCollected(job.getNetworkId(), clock.instant());
			}
		}
	}

	/** What the checkpoint holds. */
	static final class Counters {

		long records;

		long rejectedBytes;

		long edgesRead;

		long profilesRead;

		long rejectedRows;

		long bytesRead;

		Counters(Document checkpoint) {
			records = number(checkpoint, "records");
			rejectedBytes = number(checkpoint, "rejectedBytes");
			edgesRead = number(checkpoint, "edgesRead");
			profilesRead = number(checkpoint, "profilesRead");
			rejectedRows = number(checkpoint, "rejectedRows");
			bytesRead = number(checkpoint, "bytesRead");
		}

		private static long number(Document doc, String key) {
			Object value = doc.get(key);
			return value instanceof Number n ? n.longValue() : 0;
		}

		Document toDocument() {
			return new Document("records", records).append("rejectedBytes", rejectedBytes)
				.append("edgesRead", edgesRead)
				.append("profilesRead", profilesRead)
				.append("rejectedRows", rejectedRows)
				.append("bytesRead", bytesRead);
		}

	}

	private final class Sink implements GraphFileSink {

		private final GraphWriter writer;

		private final RejectedRows rejected;

		private final JobContext context;

		private final Counters counters;

		private final Long bytesTotal;

		private final String name;

		private Instant lastSave;

		Sink(GraphWriter writer, RejectedRows rejected, JobContext context, Counters counters, Long bytesTotal,
				String name) {
			this.writer = writer;
			this.rejected = rejected;
			this.context = context;
			this.counters = counters;
			this.bytesTotal = bytesTotal;
			this.name = name;
			this.lastSave = clock.instant();
		}

		@Override
		public void profile(ProfileData profile) {
			counters.profilesRead++;
			if (profile.isBare()) {
				writer.addNode(profile.key());
			}
			else {
				writer.addProfile(profile);
			}
		}

		@Override
		public void edge(EdgeData edge) {
			counters.edgesRead++;
			writer.addEdge(edge);
		}

		@Override
		public void rejected(long line, String reason, String raw) {
			counters.rejectedRows++;
			rejected.add(line, reason, raw);
			context.error("line " + line + ": " + reason, line);
		}

		@Override
		public boolean afterRecord(long record, long bytesRead) {
			counters.records = record;
			counters.bytesRead = bytesRead;
			if (writer.pending() >= FLUSH_PENDING
					|| !clock.instant().isBefore(lastSave.plus(properties.checkpointEvery()))) {
				save(null);
			}
			return !context.stopRequested();
		}

		/** Flush the graph, then the rejected rows, then the checkpoint that says both are done. */
		void save(String finalMessage) {
			writer.flush();
			counters.rejectedBytes = rejected.flush();
			Map<String, Long> progress = new LinkedHashMap<>();
			progress.put("records", counters.records);
			progress.put("bytesRead", counters.bytesRead);
			progress.put("edgesRead", counters.edgesRead);
			progress.put("profilesRead", counters.profilesRead);
			progress.put("rejected", counters.rejectedRows);
			progress.put("nodes", (long) writer.nodeCount());
			progress.put("edges", writer.edgeCounts().values().stream().mapToLong(Long::longValue).sum());
			String message = finalMessage != null ? finalMessage
					: "Importing " + name + ": " + String.format("%,d", counters.records) + " records"
							+ (bytesTotal != null && bytesTotal > 0 ? " (" + Math.min(100, counters.bytesRead * 100 / bytesTotal) + "%)" : "");
			context.checkpoint(counters.toDocument(), progress, message);
			lastSave = clock.instant();
		}

	}

}
