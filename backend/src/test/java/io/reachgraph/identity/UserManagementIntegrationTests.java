package io.reachgraph.identity;

import static io.reachgraph.TestUsers.admin;
import static io.reachgraph.TestUsers.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.reachgraph.IntegrationTest;
import io.reachgraph.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class UserManagementIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void adminCreatesUserWhoCanThenSignInWithTheirRole() throws Exception {
		String email = TestUsers.create(mvc, "STRATEGIST");
		mvc.perform(get("/api/me").with(as(email)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.role").value("STRATEGIST"))
			.andExpect(jsonPath("$.passwordHash").doesNotExist());
	}

	@Test
	void emailsAreUniqueIgnoringCase() throws Exception {
		String email = TestUsers.create(mvc, "OUTREACH");
		mvc.perform(post("/api/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"email":"%s","displayName":"Twin","role":"OUTREACH","password":"another-long-password"}"""
			.formatted(email.toUpperCase())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("/problems/email-taken"));
	}

	@Test
	void outreachAndStrategistCannotManageUsers() throws Exception {
		for (String role : new String[] { "OUTREACH", "STRATEGIST" }) {
			String email = TestUsers.create(mvc, role);
			mvc.perform(get("/api/users").with(as(email)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("/problems/forbidden"));
			mvc.perform(post("/api/users").with(as(email)).contentType(MediaType.APPLICATION_JSON).content("""
					{"email":"x@example.test","displayName":"X","role":"ADMIN","password":"another-long-password"}"""))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void changingRoleTakesEffectOnTheNextRequest() throws Exception {
		String email = TestUsers.create(mvc, "OUTREACH");
		String id = idOf(email);
		mvc.perform(patch("/api/users/" + id).with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"role":"ADMIN"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("ADMIN"));
		mvc.perform(get("/api/users").with(as(email))).andExpect(status().isOk());
	}

	@Test
	void deactivatedUsersCannotSignIn() throws Exception {
		String email = TestUsers.create(mvc, "OUTREACH");
		mvc.perform(patch("/api/users/" + idOf(email)).with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"active":false}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(get("/api/me").with(as(email))).andExpect(status().isUnauthorized());
	}

	@Test
	void theLastActiveAdminCannotBeDemotedOrDeactivated() throws Exception {
		String adminId = idOf(TestUsers.ADMIN_EMAIL);
		// other tests may have promoted users to admin: demote every other admin first
		String admins = mvc.perform(get("/api/users?size=100").with(admin()))
			.andReturn().getResponse().getContentAsString();
		for (Object other : JsonPath.<net.minidev.json.JSONArray>read(admins, "$.content[?(@.role == 'ADMIN' && @.active == true)].id")) {
			if (!other.equals(adminId)) {
				mvc.perform(patch("/api/users/" + other).with(admin()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"role\":\"STRATEGIST\"}")).andExpect(status().isOk());
			}
		}
		mvc.perform(patch("/api/users/" + adminId).with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"role":"OUTREACH"}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("/problems/last-admin"));
		mvc.perform(patch("/api/users/" + adminId).with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"active":false}"""))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/me").with(admin())).andExpect(jsonPath("$.role").value("ADMIN"));
	}

	@Test
	void listIsPagedAndSearchable() throws Exception {
		String email = TestUsers.create(mvc, "OUTREACH");
		String needle = email.substring(0, email.indexOf('@'));
		mvc.perform(get("/api/users").param("q", needle).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].email").value(email))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		mvc.perform(get("/api/users").param("size", "1").param("sort", "passwordHash,desc").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].passwordHash").doesNotExist());
		mvc.perform(get("/api/users").param("q", "(unclosed[regex").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(0));
	}

	@Test
	void usersChangeTheirOwnPasswordWithTheCurrentOne() throws Exception {
		String email = TestUsers.create(mvc, "OUTREACH");
		mvc.perform(put("/api/me/password").with(as(email)).contentType(MediaType.APPLICATION_JSON).content("""
				{"currentPassword":"wrong-password-here","newPassword":"a-brand-new-password"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/wrong-password"));
		mvc.perform(put("/api/me/password").with(as(email)).contentType(MediaType.APPLICATION_JSON).content("""
				{"currentPassword":"%s","newPassword":"short"}""".formatted(TestUsers.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("newPassword")));
		mvc.perform(put("/api/me/password").with(as(email)).contentType(MediaType.APPLICATION_JSON).content("""
				{"currentPassword":"%s","newPassword":"a-brand-new-password"}""".formatted(TestUsers.PASSWORD)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/me").with(as(email))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/me").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.httpBasic(email, "a-brand-new-password"))).andExpect(status().isOk());
	}

	@Test
	void adminResetsAPassword() throws Exception {
		String email = TestUsers.create(mvc, "STRATEGIST");
		mvc.perform(put("/api/users/" + idOf(email) + "/password").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"newPassword":"%s"}""".formatted(email)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/weak-password"));
		mvc.perform(put("/api/users/" + idOf(email) + "/password").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"newPassword":"reset-by-the-admin-1"}"""))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/me").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.httpBasic(email, "reset-by-the-admin-1"))).andExpect(status().isOk());
	}

	@Test
	void unknownUserIsA404Problem() throws Exception {
		mvc.perform(patch("/api/users/000000000000000000000000").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"active\":true}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("/problems/user-not-found"));
		mvc.perform(get("/api/users/not-an-id").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void validationErrorsNameEveryField() throws Exception {
		mvc.perform(post("/api/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"email":"not-an-email","displayName":"","password":"short"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("email")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("displayName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("role")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("password")))
			.andExpect(jsonPath("$.errors[*].field", not(hasItem("id"))));
	}

	private String idOf(String email) throws Exception {
		String body = mvc.perform(get("/api/users").param("q", email).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.content[0].id");
	}

}
