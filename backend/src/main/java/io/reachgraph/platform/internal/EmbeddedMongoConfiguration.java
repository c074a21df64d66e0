package io.reachgraph.platform.internal;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.reachgraph.platform.MongoEmbeddedProperties;
import io.reachgraph.shared.StartupRefused;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts mongo-java-server in-process (the default, {@code reachgraph.mongo.embedded=true}) and points Spring Boot's
 * MongoDB client at it. The H2 backend keeps everything in {@code data/reachgraph.mv} across restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "reachgraph.mongo.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedMongoConfiguration {

	@Bean(destroyMethod = "stop")
	EmbeddedMongo embeddedMongo(MongoEmbeddedProperties properties) {
		return EmbeddedMongo.start(properties);
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongo mongo) {
		ConnectionString connectionString = new ConnectionString(mongo.connectionString());
		return () -> connectionString;
	}

	/** The running embedded server and the address a client (the app, mongosh) uses to reach it. */
	static final class EmbeddedMongo {

		private final MongoServer server;

		private final MongoBackend backend;

		private final String connectionString;

		private final String storage;

		private EmbeddedMongo(MongoServer server, MongoBackend backend, String connectionString, String storage) {
			this.server = server;
			this.backend = backend;
			this.connectionString = connectionString;
			this.storage = storage;
		}

		static EmbeddedMongo start(MongoEmbeddedProperties properties) {
			MongoBackend backend;
			String storage;
			if (properties.backend() == MongoEmbeddedProperties.Backend.H2) {
				Path dir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
				try {
					Files.createDirectories(dir);
				}
				catch (IOException ex) {
					throw new IllegalStateException("Cannot create the data folder " + dir + ": " + ex.getMessage(), ex);
				}
				Path file = dir.resolve(properties.database() + ".mv");
				try {
					backend = new H2Backend(file.toString());
				}
				catch (RuntimeException ex) {
					throw new StartupRefused("The embedded MongoDB cannot open its data file " + file + ": "
							+ ex.getMessage(), "If another Reachgraph is running from this folder, stop it first. "
									+ "Otherwise move the file aside (it will be created afresh) or point "
									+ "reachgraph.mongo.data-dir at another folder.");
				}
				storage = file.toString();
			}
			else {
				backend = new MemoryBackend();
				storage = "memory (nothing is kept after a restart)";
			}
			MongoServer server = new MongoServer(backend);
			try {
				server.bind(properties.bindAddress(), properties.port());
			}
			catch (Exception ex) { // netty throws BindException without declaring it
				backend.close();
				if (isBindFailure(ex)) {
					throw new EmbeddedMongoPortInUse(properties.bindAddress(), properties.port(), ex);
				}
				throw new IllegalStateException("The embedded MongoDB could not start: " + ex.getMessage(), ex);
			}
			int port = server.getLocalAddress().getPort();
			String address = "mongodb://" + properties.bindAddress() + ":" + port + "/" + properties.database();
			return new EmbeddedMongo(server, backend, address, storage);
		}

		private static boolean isBindFailure(Throwable ex) {
			for (Throwable t = ex; t != null; t = t.getCause()) {
				if (t instanceof java.net.BindException) {
					return true;
				}
			}
			return false;
		}

		String connectionString() {
			return connectionString;
		}

		String storage() {
			return storage;
		}

		void stop() {
			server.shutdownNow();
			backend.close();
		}

	}

}
