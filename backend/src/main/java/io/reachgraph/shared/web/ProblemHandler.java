package io.reachgraph.shared.web;

import io.reachgraph.shared.Problem;
import io.reachgraph.shared.ProblemTypes;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where errors become RFC 9457 problem responses. Every response has a stable {@code type}
 * ({@code /problems/...}), validation errors list {@code errors: [{field, message}]}, and nothing internal (stack
 * traces, exception messages of unexpected errors) ever reaches the client.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler(Problem.class)
	ResponseEntity<ProblemDetail> onProblem(Problem problem) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
		body.setType(problem.type());
		body.setTitle(problem.title());
		problem.properties().forEach(body::setProperty);
		return ResponseEntity.status(problem.status()).body(body);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> onConstraintViolation(ConstraintViolationException ex) {
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
			.sorted(Comparator.comparing((Map<String, String> m) -> m.get("field")))
			.toList();
		return ResponseEntity.badRequest().body(validation(errors));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> onConcurrentEdit(OptimisticLockingFailureException ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else changed this record at the same time. Reload it and try again.");
		body.setType(ProblemTypes.of("concurrent-edit"));
		body.setTitle("Edited concurrently");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ResponseEntity<ProblemDetail> onDuplicate(DuplicateKeyException ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A record with the same key already exists.");
		body.setType(ProblemTypes.CONFLICT);
		body.setTitle("Already exists");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
	}

	/** Let Spring Security's filters answer these (401 / 403 problem responses, see identity). */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void rethrowSecurity(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> onUnexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error on {}", request.getDescription(false), ex);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. It has been logged; please try again.");
		body.setType(ProblemTypes.INTERNAL);
		body.setTitle("Internal error");
		return ResponseEntity.internalServerError().body(body);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map(error -> Map.of("field", error instanceof FieldError field ? field.getField() : error.getObjectName(),
					"message", String.valueOf(error.getDefaultMessage())))
			.sorted(Comparator.comparing((Map<String, String> m) -> m.get("field")))
			.toList();
		return ResponseEntity.badRequest().body(validation(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.of("field",
						error instanceof FieldError field ? field.getField() : result.getMethodParameter().getParameterName(),
						"message", String.valueOf(error.getDefaultMessage()))))
			.toList();
		return ResponseEntity.badRequest().body(validation(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = jsonPath(ex);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field == null
				? "The request body is missing or is not valid JSON of the expected shape."
				: "The request body is not of the expected shape: '" + field + "' has a value of the wrong type or format.");
		body.setType(ProblemTypes.MALFORMED_REQUEST);
		body.setTitle("Malformed request body");
		if (field != null) {
			body.setProperty("errors", List.of(Map.of("field", field, "message", "wrong type or format")));
		}
		return ResponseEntity.badRequest().body(body);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(
			org.springframework.web.servlet.resource.NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"Nothing here: /" + ex.getResourcePath() + " is not an endpoint or a file.");
		body.setType(ProblemTypes.NOT_FOUND);
		body.setTitle("Not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(body);
	}

	/** Every framework-raised problem gets a stable type instead of {@code about:blank}. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && (problem.getType() == null
				|| "about:blank".equals(problem.getType().toString()))) {
			problem.setType(ProblemTypes.forStatus(statusCode.value()));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static ProblemDetail validation(List<Map<String, String>> errors) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				errors.isEmpty() ? "The request is not valid." : errors.size() == 1 ? "1 field is not valid."
						: errors.size() + " fields are not valid.");
		body.setType(ProblemTypes.VALIDATION);
		body.setTitle("Invalid request");
		body.setProperty("errors", errors);
		return body;
	}

	/** The JSON path (a.b[2].c) of a body that parsed as JSON but did not fit, or null for broken JSON. */
	private static String jsonPath(HttpMessageNotReadableException ex) {
		for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
			if (t instanceof tools.jackson.databind.DatabindException bind && !bind.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (tools.jackson.core.JacksonException.Reference ref : bind.getPath()) {
					if (ref.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
					}
					else if (ref.getIndex() >= 0) {
						path.append('[').append(ref.getIndex()).append(']');
					}
				}
				return path.isEmpty() ? null : path.toString();
			}
		}
		return null;
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

}
