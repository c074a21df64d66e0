package io.reachgraph.graph.internal;

import io.reachgraph.graph.ProfileData;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Upserts profile documents ({@code profiles}, {@code _id = platform:key}) in bulk. Only non-null fields are set,
 * so a thin record never erases what a richer source stored.
 */
final class ProfileUpserts {

	static final String COLLECTION = "profiles";

	private static final int BATCH = 2_000;

	private ProfileUpserts() {
	}

	static void write(MongoTemplate mongo, Collection<ProfileData> profiles, Instant now) {
		if (profiles.isEmpty()) {
			return;
		}
		BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		int n = 0;
		for (ProfileData p : profiles) {
			bulk.upsert(Query.query(Criteria.where("_id").is(p.key().id())), update(p, now));
			if (++n % BATCH == 0) {
				bulk.execute();
				bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
			}
		}
		if (n % BATCH != 0) {
			bulk.execute();
		}
	}

	static Update update(ProfileData p, Instant now) {
		Update update = new Update().setOnInsert("platform", p.key().platform())
			.setOnInsert("key", p.key().key())
			.setOnInsert("createdAt", now)
			.set("updatedAt", now);
		set(update, "platformId", p.platformId());
		set(update, "handle", p.handle());
		set(update, "displayName", p.displayName());
		set(update, "bio", p.bio());
		set(update, "avatarUrl", p.avatarUrl());
		set(update, "followersCount", p.followersCount());
		set(update, "followingCount", p.followingCount());
		set(update, "postsCount", p.postsCount());
		if (p.links() != null && !p.links().isEmpty()) {
			update.set("links", p.links());
		}
		set(update, "language", p.language());
		set(update, "status", p.status());
		set(update, "movedTo", p.movedTo());
		set(update, "collectedAt", p.collectedAt());
		if (p.site() != null) {
			ProfileData.SiteSignals site = p.site();
			set(update, "site.title", site.title());
			set(update, "site.description", site.description());
			set(update, "site.pagesSeen", site.pagesSeen());
			if (site.feeds() != null) {
				update.set("site.feeds", site.feeds());
			}
			set(update, "site.contactUrl", site.contactUrl());
			set(update, "site.guestPostUrl", site.guestPostUrl());
			if (site.emails() != null) {
				update.set("site.emails", site.emails());
			}
		}
		if (p.attributes() != null) {
			for (Map.Entry<String, String> attribute : p.attributes().entrySet()) {
				if (attribute.getValue() != null && !attribute.getValue().isEmpty()) {
					update.set("attributes." + safeName(attribute.getKey()), attribute.getValue());
				}
			}
		}
		return update;
	}

	/** Field names from files may hold '.' or '$', which MongoDB reads as paths or operators. */
	static String safeName(String name) {
		String safe = name.strip().replace('.', '_').replace('$', '_');
		return safe.isEmpty() ? "_" : safe.length() > 64 ? safe.substring(0, 64) : safe;
	}

	private static void set(Update update, String field, Object value) {
		if (value != null) {
			update.set(field, value);
		}
	}

}
