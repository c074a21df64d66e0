package io.reachgraph.graph;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The graph module's facade: networks, their writers and readers. */
public interface GraphStore {

	NetworkSummary createNetwork(String name, String description, String createdBy);

	NetworkSummary network(String networkId);

	Page<NetworkSummary> networks(String query, Pageable pageable);

	NetworkSummary updateNetwork(String networkId, String name, String description);

	/** Deletes the network's graph (profiles stay: other networks may hold them). Refused while a job writes to it. */
	void deleteNetwork(String networkId);

	/**
	 * Opens the network's single writer for {@code owner} (a job run). The lease is renewed by every flush; when the
	 * writer dies, another owner may open the network once it has expired.
	 *
	 * @throws NetworkBusy when another owner holds an unexpired lease
	 */
	GraphWriter openWriter(String networkId, String owner, java.time.Duration lease);

	/** The network's graph as of its last completed flush. */
	NetworkGraph load(String networkId);

	void markCollected(String networkId, Instant at);

	/** Display labels (handle, or name, or key) of profiles, by profile id; ids without a document get their key. */
	java.util.Map<String, ProfileLabel> labels(java.util.Collection<String> profileIds);

	record ProfileLabel(String id, String platform, String label, String displayName) {
	}

	/** Stored details of profiles by id; ids without a document get {@link ProfileDetails#bare}. */
	java.util.Map<String, ProfileDetails> profiles(java.util.Collection<String> profileIds);

}
