package io.reachgraph.identity.web;

import io.reachgraph.identity.internal.AccountPrincipal;
import io.reachgraph.identity.internal.SecurityProblems;
import io.reachgraph.identity.internal.SignInThrottle;
import io.reachgraph.identity.internal.UserService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call what. The browser signs in with a form POST to {@code /api/auth/login} and keeps a session cookie
 * (CSRF protected: cookie {@code XSRF-TOKEN}, header {@code X-XSRF-TOKEN}); scripts send HTTP Basic on every request
 * (stateless, no CSRF token needed, never challenged so browsers never cache it). Every refusal is problem JSON.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProblems problems, SignInThrottle throttle,
			UserService users, UserMapper mapper, SessionRegistry sessionRegistry) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
			.requestMatchers("/api/auth/csrf").permitAll()
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
			.requestMatchers("/api/**", "/actuator/**").authenticated()
			.anyRequest().permitAll());
		http.formLogin(form -> form.loginPage("/sign-in")
			.loginProcessingUrl("/api/auth/login")
			.usernameParameter("email")
			.passwordParameter("password")
			.successHandler((request, response, authentication) -> {
				AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
				problems.json(response, mapper.toResponse(users.get(principal.userId())));
			})
			.failureHandler((request, response, exception) -> problems.write(response, HttpStatus.UNAUTHORIZED,
					SecurityProblems.BAD_CREDENTIALS, "Sign-in failed",
					"The email or password is wrong, or the account is deactivated.", request.getRequestURI()))
			.permitAll());
		http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, exception) -> unauthenticated(
				problems, request, response)));
		http.logout(logout -> logout.logoutUrl("/api/auth/logout")
			.logoutSuccessHandler((request, response, authentication) -> response.setStatus(HttpStatus.NO_CONTENT.value())));
		http.exceptionHandling(errors -> errors
			.authenticationEntryPoint((request, response, exception) -> unauthenticated(problems, request, response))
			.accessDeniedHandler((request, response, exception) -> problems.write(response, HttpStatus.FORBIDDEN,
					io.reachgraph.shared.ProblemTypes.FORBIDDEN, "Forbidden",
					"Your role does not allow this.", request.getRequestURI())));
		// Requests that carry credentials themselves (Basic, Bearer) are not forged by a browser: no CSRF token.
		http.csrf(csrf -> csrf.spa().ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null));
		http.sessionManagement(session -> session.maximumSessions(-1)
			.sessionRegistry(sessionRegistry)
			.expiredSessionStrategy(event -> unauthenticated(problems, event.getRequest(), event.getResponse())));
		http.addFilterBefore(new ThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	private static void unauthenticated(SecurityProblems problems, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		problems.write(response, HttpStatus.UNAUTHORIZED, io.reachgraph.shared.ProblemTypes.UNAUTHENTICATED,
				"Not signed in", "Sign in first (session cookie or HTTP Basic with email and password).",
				request.getRequestURI());
	}

	/** URLs the firewall rejects (encoded NUL, path traversal, ...) get a problem response too. */
	@Bean
	org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler(SecurityProblems problems) {
		return (request, response, ex) -> problems.write(response, HttpStatus.BAD_REQUEST,
				io.reachgraph.shared.ProblemTypes.MALFORMED_REQUEST, "Rejected request",
				"The request URL contains characters or sequences that are not allowed.", null);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	DefaultAuthenticationEventPublisher authenticationEventPublisher(
			org.springframework.context.ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	/** Refuses sign-in attempts (form or Basic) for an email that is locked out after repeated failures. */
	static final class ThrottleFilter extends OncePerRequestFilter {

		private final SignInThrottle throttle;

		private final SecurityProblems problems;

		ThrottleFilter(SignInThrottle throttle, SecurityProblems problems) {
			this.throttle = throttle;
			this.problems = problems;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Optional<Duration> locked = attemptedEmail(request).flatMap(throttle::lockedFor);
			if (locked.isPresent()) {
				long seconds = Math.max(1, locked.get().toSeconds() + (locked.get().toMillisPart() > 0 ? 1 : 0));
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
				problems.write(response, HttpStatus.TOO_MANY_REQUESTS, SecurityProblems.TOO_MANY_SIGN_INS,
						"Too many failed sign-ins",
						"Too many failed sign-ins for this email. Try again in " + seconds + " seconds.",
						request.getRequestURI());
				return;
			}
			chain.doFilter(request, response);
		}

		private static Optional<String> attemptedEmail(HttpServletRequest request) {
			if (HttpMethod.POST.matches(request.getMethod())
					&& request.getRequestURI().equals(request.getContextPath() + "/api/auth/login")) {
				return Optional.ofNullable(request.getParameter("email"));
			}
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
				try {
					String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
							StandardCharsets.UTF_8);
					int colon = decoded.indexOf(':');
					return colon > 0 ? Optional.of(decoded.substring(0, colon)) : Optional.empty();
				}
				catch (IllegalArgumentException ex) {
					return Optional.empty();
				}
			}
			return Optional.empty();
		}

	}

}
