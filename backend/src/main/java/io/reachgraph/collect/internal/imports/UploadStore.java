package io.reachgraph.collect.internal.imports;

import io.reachgraph.jobs.JobsProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Uploaded files and the rejected rows of their imports, kept on disk under {@code reachgraph.jobs.upload-dir}
 * (file names are generated, never taken from the client).
 */
@Component
public class UploadStore {

	private final Path dir;

	UploadStore(JobsProperties properties) {
		this.dir = Path.of(properties.uploadDir()).toAbsolutePath().normalize();
	}

	/** Copies the stream to a new upload file and returns its id. */
	public String save(InputStream in) {
		String id = UUID.randomUUID().toString();
		try {
			Files.createDirectories(dir);
			Path target = upload(id);
			Path partial = dir.resolve(id + ".part");
			Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			return id;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the upload", ex);
		}
	}

	public Path upload(String id) {
		return dir.resolve(safe(id) + ".upload");
	}

	public Path rejected(String jobId) {
		return dir.resolve(safe(jobId) + ".rejected.csv");
	}

	public void delete(String id) {
		try {
			Files.deleteIfExists(upload(id));
		}
		catch (IOException ex) {
			// best effort: a leftover file does no harm
		}
	}

	private static String safe(String id) {
		if (!id.matches("[A-Za-z0-9-]{1,64}")) {
			throw new IllegalArgumentException("bad file id");
		}
		return id;
	}

}
