package io.reachgraph.ranking.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A named, shared list of profiles a strategist picked, with a note per profile. The outreach pipeline will turn
 * shortlisted profiles into prospects. One document per list (items embedded), optimistic locking for concurrent edits.
 */
@Document("shortlists")
public class Shortlist {

	@Id
	private String id;

	private String name;

	private String description;

	private String networkId;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	private List<Item> items = new ArrayList<>();

	@Version
	private Long version;

	public record Item(String profileId, String note, String addedBy, Instant addedAt, String runId) {
	}

	protected Shortlist() {
	}

	Shortlist(String name, String description, String networkId, String createdBy, Instant now) {
		this.name = name.strip();
		this.description = description == null || description.isBlank() ? null : description.strip();
		this.networkId = networkId;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void rename(String name, String description, Instant now) {
		if (name != null) {
			this.name = name.strip();
		}
		if (description != null) {
			this.description = description.isBlank() ? null : description.strip();
		}
		this.updatedAt = now;
	}

	/** Adds profiles not yet on the list; returns how many were new. */
	int add(List<String> profileIds, String note, String by, String runId, Instant now) {
		int added = 0;
		for (String profileId : profileIds) {
			if (items.stream().noneMatch(item -> item.profileId().equals(profileId))) {
				items.add(new Item(profileId, note == null || note.isBlank() ? null : note.strip(), by, now, runId));
				added++;
			}
		}
		updatedAt = now;
		return added;
	}

	boolean note(String profileId, String note, Instant now) {
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			if (item.profileId().equals(profileId)) {
				items.set(i, new Item(item.profileId(), note == null || note.isBlank() ? null : note.strip(), item.addedBy(),
						item.addedAt(), item.runId()));
				updatedAt = now;
				return true;
			}
		}
		return false;
	}

	boolean remove(String profileId, Instant now) {
		boolean removed = items.removeIf(item -> item.profileId().equals(profileId));
		if (removed) {
			updatedAt = now;
		}
		return removed;
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

	public String getNetworkId() {
		return networkId;
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

	public List<Item> getItems() {
		return items == null ? List.of() : items;
	}

	public Long getVersion() {
		return version;
	}

}
