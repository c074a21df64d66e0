/**
 * Users, roles (ADMIN, STRATEGIST, OUTREACH), sign-in and the security filter chain. Other modules ask
 * {@link io.reachgraph.identity.Users} who is signed in; they never read the users collection.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "shared", "platform" })
package io.reachgraph.identity;
