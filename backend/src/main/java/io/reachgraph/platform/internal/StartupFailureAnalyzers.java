package io.reachgraph.platform.internal;

import io.reachgraph.shared.StartupRefused;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns start-up failures a newcomer can fix into a plain message instead of a stack trace. */
final class StartupFailureAnalyzers {

	private StartupFailureAnalyzers() {
	}

	static final class PortInUse extends AbstractFailureAnalyzer<EmbeddedMongoPortInUse> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedMongoPortInUse cause) {
			return new FailureAnalysis(
					"The embedded MongoDB could not listen on " + cause.address() + ":" + cause.port()
							+ ": the port is already taken (another MongoDB, or Reachgraph already running?).",
					"Stop whatever uses port " + cause.port() + ", or start Reachgraph on another port with "
							+ "--reachgraph.mongo.port=27018 (or REACHGRAPH_MONGO_PORT=27018; 0 picks a free port).",
					cause);
		}

	}

	static final class Refused extends AbstractFailureAnalyzer<StartupRefused> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, StartupRefused cause) {
			return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
		}

	}

}
