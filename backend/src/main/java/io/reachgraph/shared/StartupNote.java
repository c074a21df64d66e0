package io.reachgraph.shared;

import java.util.List;

/**
 * A module's lines for the start-up banner (for example the demo sign-in). The platform prints every note's lines
 * once the app is ready.
 */
@FunctionalInterface
public interface StartupNote {

	List<String> lines();

}
