package io.reachgraph.graph;

import io.reachgraph.shared.Problem;
import org.springframework.http.HttpStatus;

/** Another job is writing to this network; a writer waits and tries again. */
public class NetworkBusy extends Problem {

	public NetworkBusy(String networkId, String writer) {
		super(HttpStatus.CONFLICT, "network-busy", "Network busy",
				"Network " + networkId + " is being written by job " + writer + "; try again when it is done.");
	}

}
