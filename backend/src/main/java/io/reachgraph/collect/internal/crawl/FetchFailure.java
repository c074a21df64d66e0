package io.reachgraph.collect.internal.crawl;

import io.reachgraph.collect.internal.social.ConnectorFailure;

/** A fetch went wrong in a way {@link FetchProblem} names. */
class FetchFailure extends ConnectorFailure {

	private final FetchProblem problem;

	FetchFailure(FetchProblem problem, String message, Throwable cause) {
		super(message, problem.retryable(), cause);
		this.problem = problem;
	}

	FetchFailure(FetchProblem problem, String message) {
		this(problem, message, null);
	}

	FetchProblem problem() {
		return problem;
	}

}
