package io.reachgraph.ranking;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A small graph for drawing: the network map of a run's top profiles, or a profile's ego network. */
public record GraphView(@NotNull List<Node> nodes, @NotNull List<Edge> edges, int communities) {

	public record Node(@NotNull String id, @NotNull String label, @NotNull String platform, double score, int rank,
			int community, int followersInScope) {
	}

	public record Edge(@NotNull String source, @NotNull String target, @NotNull String kind, int weight) {
	}

}
