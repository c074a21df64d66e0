package io.reachgraph.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in itself is Spring Security's form login: {@code POST /api/auth/login} (form fields {@code email},
 * {@code password}) answers the user JSON or a 401 problem; {@code POST /api/auth/logout} answers 204.
 */
@Tag(name = "Authentication")
@RestController
@RequestMapping("/api/auth")
class AuthController {

	@Operation(summary = "The CSRF token a browser session sends back in the X-XSRF-TOKEN header (also set as cookie XSRF-TOKEN)")
	@GetMapping("/csrf")
	CsrfResponse csrf(@io.swagger.v3.oas.annotations.Parameter(hidden = true) CsrfToken token) {
		return new CsrfResponse(token.getHeaderName(), token.getParameterName(), token.getToken());
	}

	record CsrfResponse(@NotNull String headerName, @NotNull String parameterName, @NotNull String token) {
	}

}
