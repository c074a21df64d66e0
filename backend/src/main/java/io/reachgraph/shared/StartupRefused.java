package io.reachgraph.shared;

/**
 * Thrown during start-up when the configuration cannot work (for example: production mode with no user and no
 * first admin configured). The message says what is wrong, {@link #action()} what to do; both are printed
 * without a stack trace.
 */
public class StartupRefused extends RuntimeException {

	private final String action;

	public StartupRefused(String message, String action) {
		super(message);
		this.action = action;
	}

	public String action() {
		return action;
	}

}
