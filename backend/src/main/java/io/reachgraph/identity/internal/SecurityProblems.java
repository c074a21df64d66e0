package io.reachgraph.identity.internal;

import io.reachgraph.shared.ProblemTypes;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem JSON from security filters, where no controller advice runs. */
@Component
public class SecurityProblems {

	public static final URI BAD_CREDENTIALS = ProblemTypes.of("bad-credentials");

	public static final URI TOO_MANY_SIGN_INS = ProblemTypes.of("too-many-sign-in-attempts");

	private final JsonMapper json;

	SecurityProblems(JsonMapper json) {
		this.json = json;
	}

	public void write(HttpServletResponse response, HttpStatus status, URI type, String title, String detail, String instance)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		if (instance != null) {
			problem.setInstance(URI.create(instance));
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	public void json(HttpServletResponse response, Object body) throws IOException {
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}

}
