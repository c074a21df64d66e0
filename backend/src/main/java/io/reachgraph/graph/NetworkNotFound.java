package io.reachgraph.graph;

import io.reachgraph.shared.Problem;
import java.util.Map;
import org.springframework.http.HttpStatus;

public class NetworkNotFound extends Problem {

	private final String id;

	public NetworkNotFound(String id) {
		super(HttpStatus.NOT_FOUND, "network-not-found", "Network not found", "No network has the id '" + id + "'.");
		this.id = id;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("networkId", id);
	}

}
