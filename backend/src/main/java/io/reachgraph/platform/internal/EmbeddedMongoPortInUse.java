package io.reachgraph.platform.internal;

/** The embedded MongoDB could not listen on its port (most often: another MongoDB or app already does). */
class EmbeddedMongoPortInUse extends RuntimeException {

	private final String address;

	private final int port;

	EmbeddedMongoPortInUse(String address, int port, Throwable cause) {
		super("The embedded MongoDB cannot listen on " + address + ":" + port + " (" + cause.getMessage() + ")", cause);
		this.address = address;
		this.port = port;
	}

	String address() {
		return address;
	}

	int port() {
		return port;
	}

}
