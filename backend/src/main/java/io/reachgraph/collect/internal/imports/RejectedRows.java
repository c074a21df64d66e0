package io.reachgraph.collect.internal.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows an import could not use, as a CSV a user downloads: {@code line,reason,record}. A resumed import cuts the
 * file back to its last checkpoint, so no row is listed twice.
 */
final class RejectedRows implements AutoCloseable {

	private final FileChannel channel;

	private final Writer writer;

	private final CSVPrinter printer;

	RejectedRows(Path file, long resumeAt) {
		try {
			Files.createDirectories(file.getParent());
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			channel.truncate(resumeAt);
			channel.position(resumeAt);
			writer = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8), 1 << 14);
			printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
			if (resumeAt == 0) {
				printer.printRecord("line", "reason", "record");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the rejected rows file", ex);
		}
	}

	void add(long line, String reason, String raw) {
		try {
			printer.printRecord(line, reason, raw.length() > 10_000 ? raw.substring(0, 10_000) : raw);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Flushes and returns the file's length: the resume point to checkpoint. */
	long flush() {
		try {
			printer.flush();
			return channel.position();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			printer.close(true);
		}
		catch (IOException ex) {
			// nothing more to save
		}
	}

}
