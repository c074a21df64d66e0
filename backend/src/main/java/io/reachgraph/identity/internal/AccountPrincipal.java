package io.reachgraph.identity.internal;

import io.reachgraph.identity.Role;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The signed-in user as Spring Security holds it; equal by email, so the session registry can find its sessions. */
public final class AccountPrincipal extends org.springframework.security.core.userdetails.User {

	private final String userId;

	private final Role role;

	AccountPrincipal(User user) {
		super(user.getEmail(), user.getPasswordHash(), user.isActive(), true, true, true,
				List.of(new SimpleGrantedAuthority(user.getRole().authority())));
		this.userId = user.getId();
		this.role = user.getRole();
	}

	public String userId() {
		return userId;
	}

	public Role role() {
		return role;
	}

}
