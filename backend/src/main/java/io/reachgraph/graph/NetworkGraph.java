package io.reachgraph.graph;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A network's whole graph in compact form, as ranking and export read it: node {@code i} is profile
 * {@code profileIds.get(i)}; per edge kind, parallel arrays of source index, target index and weight (links also
 * carry nofollow / sponsored / ugc counts). Each (kind, source, target) appears once.
 */
public final class NetworkGraph {

	private final String networkId;

	private final List<String> profileIds;

	private final Map<EdgeKind, Edges> edges;

	public NetworkGraph(String networkId, List<String> profileIds, Map<EdgeKind, Edges> edges) {
		this.networkId = networkId;
		this.profileIds = List.copyOf(profileIds);
		this.edges = new EnumMap<>(EdgeKind.class);
		for (EdgeKind kind : EdgeKind.values()) {
			this.edges.put(kind, edges.getOrDefault(kind, Edges.EMPTY));
		}
	}

	public String networkId() {
		return networkId;
	}

	public int nodeCount() {
		return profileIds.size();
	}

	public List<String> profileIds() {
		return profileIds;
	}

	public Edges edges(EdgeKind kind) {
		return edges.get(kind);
	}

	public long edgeCount() {
		return edges.values().stream().mapToLong(Edges::size).sum();
	}

	/** Parallel arrays; {@code nofollow}, {@code sponsored}, {@code ugc} are null except for links. */
	public record Edges(int[] source, int[] target, int[] weight, int[] nofollow, int[] sponsored, int[] ugc) {

		public static final Edges EMPTY = new Edges(new int[0], new int[0], new int[0], null, null, null);

		public int size() {
			return source.length;
		}

	}

}
