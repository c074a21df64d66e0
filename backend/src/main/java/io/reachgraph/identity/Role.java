package io.reachgraph.identity;

/** What a user may do. Spring Security authorities are {@code ROLE_<name>}. */
public enum Role {

	/** Manages users and settings; may do everything the others do. */
	ADMIN,
	/** Collects and ranks graphs, browses and shortlists. */
	STRATEGIST,
	/** Works pitches, deals and email. */
	OUTREACH;

	public String authority() {
		return "ROLE_" + name();
	}

}
