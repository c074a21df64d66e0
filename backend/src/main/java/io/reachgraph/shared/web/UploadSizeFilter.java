package io.reachgraph.shared.web;

import io.reachgraph.shared.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body that declares itself larger than the upload limit before reading any of it, so a 2 GB
 * upload gets a clear 413 at once (clients that send {@code Expect: 100-continue}, like curl, never send the body).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadSizeFilter extends OncePerRequestFilter {

	private final long maxBytes;

	UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:260MB}") DataSize max) {
		this.maxBytes = max.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > maxBytes) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader("Connection", "close");
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"type\":\"" + ProblemTypes.PAYLOAD_TOO_LARGE + "\",\"title\":\"Upload too large\",\"status\":413,"
						+ "\"detail\":\"The upload is " + human(length) + "; the limit is " + human(maxBytes)
						+ ". Split the file or import it in parts.\"}");
			return;
		}
		chain.doFilter(request, response);
	}

	static String human(long bytes) {
		if (bytes >= 1L << 30) {
			return String.format("%.1f GB", bytes / (double) (1L << 30));
		}
		return String.format("%.0f MB", Math.ceil(bytes / (double) (1L << 20)));
	}

}
