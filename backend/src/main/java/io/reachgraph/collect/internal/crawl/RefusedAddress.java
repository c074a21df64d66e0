package io.reachgraph.collect.internal.crawl;

/** The address guard will not let the crawler connect there (see {@link AddressGuard}). Never retryable. */
final class RefusedAddress extends FetchFailure {

	RefusedAddress(String message) {
		super(FetchProblem.REFUSED_ADDRESS, message);
	}

}
