package io.reachgraph.identity;

import java.util.Optional;

/** The identity module's facade for other modules. */
public interface Users {

	/** The signed-in user of the current request, if any. */
	Optional<UserSummary> current();

	Optional<UserSummary> find(UserId id);

}
