package io.reachgraph.collect.internal.collections;

import io.reachgraph.collect.internal.crawl.SiteCrawler;
import io.reachgraph.shared.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.http.HttpStatus;

/** A collection job's parameters, validated and with defaults, as stored in the job. */
public record CollectionParameters(String source, List<String> seeds, int depth, int maxProfiles,
		int maxEdgesPerProfile, List<String> collect, String instance, String accessToken, int maxPagesPerDomain) {

	public static final class InvalidSeeds extends Problem {

		private final List<Map<String, String>> errors;

		InvalidSeeds(List<Map<String, String>> errors) {
			super(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
					errors.size() == 1 ? "1 seed is not valid." : errors.size() + " seeds are not valid.");
			this.errors = errors;
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of("errors", errors);
		}

	}

	/** Applies defaults, trims and de-duplicates seeds, and checks crawl seeds are web addresses. */
	public static CollectionParameters from(String source, List<String> seeds, Integer depth, Integer maxProfiles,
			Integer maxEdgesPerProfile, List<String> collect, String instance, String accessToken,
			Integer maxPagesPerDomain) {
		LinkedHashSet<String> unique = new LinkedHashSet<>();
		List<Map<String, String>> errors = new ArrayList<>();
		for (String seed : seeds) {
			String s = seed.strip();
			if ("CRAWL".equals(source)) {
				try {
					SiteCrawler.seedUrl(s);
				}
				catch (IllegalArgumentException ex) {
					errors.add(Map.of("field", "seeds", "message", "'" + clip(s) + "' is not a web address or domain"));
					continue;
				}
			}
			else if (s.contains(" ")) {
				errors.add(Map.of("field", "seeds", "message", "'" + clip(s) + "' is not a handle or id"));
				continue;
			}
			unique.add(s);
		}
		if (!errors.isEmpty()) {
			throw new InvalidSeeds(errors);
		}
		List<String> what = collect == null || collect.isEmpty() ? List.of("FOLLOWERS", "FOLLOWING") : List.copyOf(collect);
		return new CollectionParameters(source, List.copyOf(unique), depth == null ? 1 : depth,
				maxProfiles == null ? 1000 : maxProfiles, maxEdgesPerProfile == null ? 1000 : maxEdgesPerProfile, what,
				instance == null ? null : instance.strip(), accessToken == null || accessToken.isBlank() ? null : accessToken.strip(),
				maxPagesPerDomain == null ? 50 : maxPagesPerDomain);
	}

	private static String clip(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}

	public Document toDocument() {
		Document doc = new Document("source", source).append("seeds", seeds)
			.append("depth", depth)
			.append("maxProfiles", maxProfiles)
			.append("maxEdgesPerProfile", maxEdgesPerProfile)
			.append("collect", collect)
			.append("maxPagesPerDomain", maxPagesPerDomain);
		if (instance != null) {
			doc.append("instance", instance);
		}
		if (accessToken != null) {
			doc.append("accessToken", accessToken);
		}
		return doc;
	}

	public static CollectionParameters of(Document doc) {
		return new CollectionParameters(doc.getString("source"), doc.getList("seeds", String.class),
				doc.getInteger("depth", 1), doc.getInteger("maxProfiles", 1000), doc.getInteger("maxEdgesPerProfile", 1000),
				doc.getList("collect", String.class), doc.getString("instance"), doc.getString("accessToken"),
				doc.getInteger("maxPagesPerDomain", 50));
	}

}
