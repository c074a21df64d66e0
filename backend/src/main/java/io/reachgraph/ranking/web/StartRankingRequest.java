package io.reachgraph.ranking.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Starts a ranking run; everything is optional (defaults: all edge kinds, follows 1, reposts and mentions 0.5, links
 * 1; the whole network; no personalisation; the documented score weights; betweenness AUTO).
 */
record StartRankingRequest(@Size(max = 120) String name,
		@Size(max = 4) Map<@Pattern(regexp = "follows|reposts|mentions|links", message = "must be follows, reposts, mentions or links") String, @DecimalMin("0") @DecimalMax("100") Double> edgeWeights,
		@Size(max = 1000) List<@NotBlank @Size(max = 320) String> seeds, @Min(1) @Max(3) Integer hops,
		@Pattern(regexp = "BOTH|IN|OUT", message = "must be BOTH, IN or OUT") String direction,
		@Size(max = 20) List<@Pattern(regexp = "[a-z0-9][a-z0-9-]{0,19}", message = "is not a platform") String> platforms,
		@Size(max = 10_000) List<@NotBlank @Size(max = 320) String> personalization,
		@Size(max = 10) Map<@Pattern(regexp = "pagerank|personalized|inDegree|interactions|betweenness|harmonic|coreness", message = "is not a scored metric") String, @DecimalMin("0") @DecimalMax("100") Double> scoreWeights,
		@Pattern(regexp = "AUTO|EXACT|SAMPLED|OFF", message = "must be AUTO, EXACT, SAMPLED or OFF") String betweenness,
		@Min(8) @Max(100_000) Integer betweennessSamples) {
}
