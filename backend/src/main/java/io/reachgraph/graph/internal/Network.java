package io.reachgraph.graph.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A named niche graph ("Bluesky: indie game devs"). Besides its description it holds the counters of its node table
 * and edge segments ({@link GraphDocuments}), written last by each flush so readers never see half a flush, and the
 * lease of the one job that may write to it at a time.
 */
@Document("networks")
public class Network {

	@Id
	private String id;

	private String name;

	@Indexed(unique = true)
	private String nameKey;

	private String description;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant lastCollectedAt;

	private int nodeCount;

	private int segmentCount;

	private long overrides;

	private Map<String, Long> edgeCounts = new HashMap<>();

	private String writer;

	private Instant writerLeaseUntil;

	@Version
	private Long version;

	protected Network() {
	}

	Network(String name, String description, String createdBy, Instant now) {
		rename(name, description, now);
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	static String nameKey(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	void rename(String name, String description, Instant now) {
		this.name = name.strip();
		this.nameKey = nameKey(name);
		this.description = description == null || description.isBlank() ? null : description.strip();
		this.updatedAt = now;
	}

	public String getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getLastCollectedAt() {
		return lastCollectedAt;
	}

	public int getNodeCount() {
		return nodeCount;
	}

	public int getSegmentCount() {
		return segmentCount;
	}

	public long getOverrides() {
		return overrides;
	}

	public Map<String, Long> getEdgeCounts() {
		return edgeCounts == null ? Map.of() : edgeCounts;
	}

	public String getWriter() {
		return writer;
	}

	public Long getVersion() {
		return version;
	}

}
