/**
 * The runtime the other modules stand on: the embedded MongoDB (mongo-java-server) and mail catcher
 * (GreenMail) of the default dev/demo mode, health checks that work on both stores, and the start-up banner.
 * In production mode ({@code reachgraph.mongo.embedded=false}) it steps aside for a real MongoDB and SMTP server.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
package io.reachgraph.platform;
