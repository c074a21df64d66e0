/**
 * Collection jobs and connectors: the Bluesky and Mastodon collectors, the partner-site crawler, and file imports
 * run as jobs. Connectors turn a network's API or a site into accounts, edges and site signals; the job driver
 * stores them through the graph module, with progress, checkpoints, pause, resume and cancel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Collect", allowedDependencies = { "shared", "graph", "identity", "jobs" })
package io.reachgraph.collect;
