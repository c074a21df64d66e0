package io.reachgraph.platform;

import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Which mode the app runs in: embedded (dev/demo: in-process MongoDB and mail catcher) or production. */
@Component
public class RuntimeInfo {

	private final boolean embedded;

	private final String version;

	RuntimeInfo(MongoEmbeddedProperties mongo, ObjectProvider<BuildProperties> build) {
		this.embedded = mongo.embedded();
		BuildProperties properties = build.getIfAvailable();
		String implementation = RuntimeInfo.class.getPackage().getImplementationVersion();
		this.version = properties != null ? properties.getVersion() : implementation != null ? implementation : "dev";
	}

	/** True in the embedded dev/demo mode, where a demo admin may be created; false in production. */
	public boolean embedded() {
		return embedded;
	}

	public String mode() {
		return embedded ? "embedded" : "production";
	}

	public String version() {
		return version;
	}

}
