package io.reachgraph;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Users for tests: the configured first admin, and fresh users of any role created through the API. */
public final class TestUsers {

	public static final String ADMIN_EMAIL = "admin@reachgraph.test";

	public static final String ADMIN_PASSWORD = "test-admin-password-1";

	public static final String PASSWORD = "a-long-enough-password";

	private TestUsers() {
	}

	public static RequestPostProcessor admin() {
		return httpBasic(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	public static RequestPostProcessor as(String email) {
		return httpBasic(email, PASSWORD);
	}

	public static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
	}

	/** Creates a user with {@link #PASSWORD} and returns its email. */
	public static String create(MockMvc mvc, String role) throws Exception {
		String email = uniqueEmail(role.toLowerCase());
		mvc.perform(post("/api/users").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email":"%s","displayName":"Test %s","role":"%s","password":"%s"}""".formatted(email, role, role, PASSWORD)))
			.andExpect(status().isCreated());
		return email;
	}

}
