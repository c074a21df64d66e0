package io.reachgraph.identity;

import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.reachgraph.IntegrationTest;
import io.reachgraph.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void formSignInStartsASessionThatTheApiAccepts() throws Exception {
		String email = TestUsers.create(mvc, "OUTREACH");
		MockHttpSession session = signIn(email, TestUsers.PASSWORD);
		mvc.perform(get("/api/me").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(email));
		mvc.perform(post("/api/auth/logout").session(session).with(csrf())).andExpect(status().isNoContent());
		mvc.perform(get("/api/me").session(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void sessionWritesNeedTheCsrfToken() throws Exception {
		String email = TestUsers.create(mvc, "OUTREACH");
		MockHttpSession session = signIn(email, TestUsers.PASSWORD);
		mvc.perform(put("/api/me/password").session(session).contentType(MediaType.APPLICATION_JSON).content("""
				{"currentPassword":"%s","newPassword":"another-long-password"}""".formatted(TestUsers.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/me/password").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"currentPassword":"%s","newPassword":"another-long-password"}""".formatted(TestUsers.PASSWORD)))
			.andExpect(status().isNoContent());
	}

	@Test
	void csrfTokenIsHandedOutToAnonymousCallers() throws Exception {
		mvc.perform(get("/api/auth/csrf"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headerName").value("X-XSRF-TOKEN"))
			.andExpect(jsonPath("$.token", notNullValue()));
	}

	@Test
	void wrongPasswordIsAProblemThatRevealsNothing() throws Exception {
		String email = TestUsers.create(mvc, "OUTREACH");
		mvc.perform(post("/api/auth/login").with(csrf()).param("email", email).param("password", "not-the-password"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("/problems/bad-credentials"));
		mvc.perform(post("/api/auth/login").with(csrf()).param("email", "nobody@example.test").param("password", "x"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("/problems/bad-credentials"));
	}

	@Test
	void repeatedFailuresLockTheEmailOutForAWhile() throws Exception {
		String email = TestUsers.create(mvc, "OUTREACH");
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/auth/login").with(csrf()).param("email", email).param("password", "guess-" + i))
				.andExpect(status().isUnauthorized());
		}
		// even the right password is refused while locked out, by form and by Basic
		mvc.perform(post("/api/auth/login").with(csrf()).param("email", email).param("password", TestUsers.PASSWORD))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.type").value("/problems/too-many-sign-in-attempts"));
		mvc.perform(get("/api/me").with(httpBasic(email, TestUsers.PASSWORD))).andExpect(status().isTooManyRequests());
		// other users are not affected
		mvc.perform(get("/api/me").with(TestUsers.admin())).andExpect(status().isOk());
	}

	@Test
	void basicAuthNeedsNoCsrfAndIsNeverChallenged() throws Exception {
		mvc.perform(post("/api/users").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"email":"%s","displayName":"Script made","role":"OUTREACH","password":"a-long-enough-password"}"""
			.formatted(TestUsers.uniqueEmail("script"))))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"))
			.andExpect(jsonPath("$.type").value("/problems/unauthenticated"));
	}

	@Test
	void deactivationEndsTheUsersBrowserSessions() throws Exception {
		String email = TestUsers.create(mvc, "OUTREACH");
		MockHttpSession session = signIn(email, TestUsers.PASSWORD);
		String body = mvc.perform(get("/api/users").param("q", email).with(TestUsers.admin()))
			.andReturn().getResponse().getContentAsString();
		String id = com.jayway.jsonpath.JsonPath.read(body, "$.content[0].id");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/users/" + id)
			.with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON).content("{\"active\":false}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/me").session(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void securityHeadersAreSet() throws Exception {
		mvc.perform(get("/api/me").with(TestUsers.admin()))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().exists("Cache-Control"));
	}

	private MockHttpSession signIn(String email, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/api/auth/login").session(session).with(csrf()).param("email", email).param("password", password))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(email));
		return session;
	}

}
