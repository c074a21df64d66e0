package io.reachgraph.ranking.internal;

import io.reachgraph.shared.Problem;
import java.util.Map;
import org.springframework.http.HttpStatus;

public final class RankingProblems {

	private RankingProblems() {
	}

	public static final class RunNotFound extends Problem {

		private final String id;

		RunNotFound(String id) {
			super(HttpStatus.NOT_FOUND, "ranking-run-not-found", "Ranking run not found",
					"No ranking run has the id '" + id + "'.");
			this.id = id;
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of("runId", id);
		}

	}

	public static final class RunNotComplete extends Problem {

		RunNotComplete(String id) {
			super(HttpStatus.CONFLICT, "ranking-run-not-complete", "Ranking not ready",
					"Ranking run '" + id + "' has not finished yet: follow its job, then try again.");
		}

	}

	public static final class ProfileNotInRun extends Problem {

		ProfileNotInRun(String profileId) {
			super(HttpStatus.NOT_FOUND, "profile-not-in-run", "Profile not ranked",
					"Profile '" + profileId + "' is not in this ranking run's scope.");
		}

	}

	public static final class InvalidRankingScope extends Problem {

		InvalidRankingScope(String detail) {
			super(HttpStatus.BAD_REQUEST, "invalid-ranking-scope", "Invalid scope", detail);
		}

	}

}
