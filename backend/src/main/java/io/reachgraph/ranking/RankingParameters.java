package io.reachgraph.ranking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a ranking run ranks and how.
 *
 * @param edgeWeights       weight of each edge kind in the ranked graph ({@code follows}, {@code reposts},
 *                          {@code mentions}, {@code links}); kinds with weight 0 are left out
 * @param seeds             profile ids whose k-hop neighbourhood is the scope (empty: the whole network)
 * @param hops              neighbourhood radius around the seeds (1-3)
 * @param direction         {@code BOTH}, {@code IN} (who points at the seeds) or {@code OUT}
 * @param platforms         only profiles of these platforms (empty: all)
 * @param personalization   profile ids personalised PageRank teleports to ("who matters to this audience"); empty:
 *                          the seeds, or no personalised PageRank when there are none
 * @param scoreWeights      composite score weights per metric (of percentiles), see {@link #DEFAULT_SCORE_WEIGHTS}
 * @param betweenness       {@code AUTO} (exact up to {@link #EXACT_BETWEENNESS_LIMIT} nodes, else sampled),
 *                          {@code EXACT}, {@code SAMPLED} or {@code OFF}
 * @param betweennessSamples source nodes sampled when sampling
 */
public record RankingParameters(Map<String, Double> edgeWeights, List<String> seeds, int hops, String direction,
		List<String> platforms, List<String> personalization, Map<String, Double> scoreWeights, String betweenness,
		int betweennessSamples) {

	public static final int EXACT_BETWEENNESS_LIMIT = 5_000;

	/** Defaults: PageRank leads, audience-specific PageRank next, raw followers and bridges after. */
	public static final Map<String, Double> DEFAULT_SCORE_WEIGHTS = defaults();

	public static final Map<String, Double> DEFAULT_EDGE_WEIGHTS = Map.of("follows", 1.0, "reposts", 0.5, "mentions",
			0.5, "links", 1.0);

	private static Map<String, Double> defaults() {
		Map<String, Double> weights = new LinkedHashMap<>();
		weights.put("pagerank", 0.30);
		weights.put("personalized", 0.25);
		weights.put("inDegree", 0.15);
		weights.put("interactions", 0.10);
		weights.put("betweenness", 0.10);
		weights.put("harmonic", 0.05);
		weights.put("coreness", 0.05);
		return java.util.Collections.unmodifiableMap(weights);
	}

	public RankingParameters {
		edgeWeights = edgeWeights == null || edgeWeights.isEmpty() ? DEFAULT_EDGE_WEIGHTS : Map.copyOf(edgeWeights);
		seeds = seeds == null ? List.of() : List.copyOf(seeds);
		hops = seeds.isEmpty() ? 0 : Math.max(1, hops);
		direction = direction == null ? "BOTH" : direction;
		platforms = platforms == null ? List.of() : List.copyOf(platforms);
		personalization = personalization == null || personalization.isEmpty() ? seeds : List.copyOf(personalization);
		scoreWeights = scoreWeights == null || scoreWeights.isEmpty() ? DEFAULT_SCORE_WEIGHTS : Map.copyOf(scoreWeights);
		betweenness = betweenness == null ? "AUTO" : betweenness;
		betweennessSamples = betweennessSamples <= 0 ? 256 : betweennessSamples;
	}

	/** Runs with the same scope key rank the same graph selection: their ranks can be compared (rose / fell / new). */
	public String scopeKey() {
		return new TreeMap<>(edgeWeights) + "|" + seeds.stream().sorted().toList() + "|" + hops + "|" + direction + "|"
				+ platforms.stream().sorted().toList();
	}

}
