package io.reachgraph.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded MongoDB ({@code reachgraph.mongo.*}).
 *
 * @param embedded   true (default): run mongo-java-server in-process; false: production mode, use {@code spring.mongodb.uri}
 * @param port       port the embedded server listens on (0 picks a free one)
 * @param bindAddress address it binds to (loopback by default: never exposed)
 * @param backend    {@code h2} keeps data in {@code dataDir} across restarts; {@code memory} forgets it (tests)
 * @param dataDir    folder for the H2 file
 * @param database   database name
 */
@Validated
@ConfigurationProperties("reachgraph.mongo")
public record MongoEmbeddedProperties(
		@DefaultValue("true") boolean embedded,
		@DefaultValue("27017") @Min(0) @Max(65535) int port,
		@DefaultValue("127.0.0.1") @NotBlank String bindAddress,
		@DefaultValue("h2") @NotNull Backend backend,
		@DefaultValue("data") @NotBlank String dataDir,
		@DefaultValue("reachgraph") @NotBlank String database) {

	public enum Backend { H2, MEMORY }

}
