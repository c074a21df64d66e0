package io.reachgraph.graph;

import io.reachgraph.shared.Problem;
import org.springframework.http.HttpStatus;

/** The file as a whole cannot be imported (empty, binary, wrong format, broken beyond a row). */
public class InvalidGraphFile extends Problem {

	public InvalidGraphFile(String detail) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-graph-file", "File cannot be imported", detail);
	}

}
