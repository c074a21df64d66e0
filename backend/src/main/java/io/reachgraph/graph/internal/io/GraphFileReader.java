package io.reachgraph.graph.internal.io;

import io.reachgraph.graph.EdgeData;
import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.GraphFileFormat;
import io.reachgraph.graph.GraphFileSink;
import io.reachgraph.graph.GraphFiles;
import io.reachgraph.graph.ImportOptions;
import io.reachgraph.graph.InvalidGraphFile;
import io.reachgraph.graph.ProfileKey;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Reads CSV, GraphML and GEXF files as streams; the XML formats with StAX, CSV with Apache Commons CSV. */
@Component
class GraphFileReader implements GraphFiles {

	static final int SNIFF_BYTES = 64 * 1024;

	static final int MAX_LINE = 1_000_000;

	@Override
	public GraphFileFormat inspect(Path file, String originalName, GraphFileFormat requested) {
		byte[] head = head(file);
		if (head.length == 0) {
			throw new InvalidGraphFile("The file is empty.");
		}
		if (!isText(head)) {
			throw new InvalidGraphFile("This is not a text file (it contains binary data). Upload a CSV, GraphML or GEXF file.");
		}
		String text = new String(head, StandardCharsets.UTF_8).stripLeading();
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1).stripLeading();
		}
		GraphFileFormat detected;
		if (text.startsWith("<")) {
			String lower = text.toLowerCase(Locale.ROOT);
			if (lower.contains("<graphml")) {
				detected = GraphFileFormat.GRAPHML;
			}
			else if (lower.contains("<gexf")) {
				detected = GraphFileFormat.GEXF;
			}
			else {
				throw new InvalidGraphFile("This XML file is neither GraphML nor GEXF.");
			}
		}
		else {
			detected = requested == GraphFileFormat.CSV_PROFILES || looksLikeProfiles(text, originalName)
					? GraphFileFormat.CSV_PROFILES : GraphFileFormat.CSV_EDGES;
		}
		if (requested != null && requested != detected
				&& !(isCsv(requested) && isCsv(detected))) {
			throw new InvalidGraphFile("The file looks like " + detected + ", not " + requested + ".");
		}
		return requested != null ? requested : detected;
	}

	private static boolean isCsv(GraphFileFormat format) {
		return format == GraphFileFormat.CSV_EDGES || format == GraphFileFormat.CSV_PROFILES;
	}

	private static boolean looksLikeProfiles(String text, String originalName) {
		String firstLine = text.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
		boolean edgeHeader = Columns.SOURCE.stream().anyMatch(firstLine::contains)
				&& Columns.TARGET.stream().anyMatch(firstLine::contains);
		if (edgeHeader) {
			return false;
		}
		String name = originalName == null ? "" : originalName.toLowerCase(Locale.ROOT);
		return name.contains("profile") || name.contains("node") || firstLine.contains("followers")
				|| firstLine.contains("display_name") || firstLine.contains("bio");
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(SNIFF_BYTES);
		}
		catch (IOException ex) {
			throw new InvalidGraphFile("The file cannot be read: " + ex.getMessage());
		}
	}

	/** Text: no NUL bytes and valid UTF-8 (a multi-byte character cut at the end of the sample is fine). */
	static boolean isText(byte[] head) {
		for (byte b : head) {
			if (b == 0) {
				return false;
			}
		}
		int length = head.length;
		if (length == SNIFF_BYTES) {
			// back off to a character boundary
			int back = 0;
			while (back < 4 && length - 1 - back >= 0 && (head[length - 1 - back] & 0xC0) == 0x80) {
				back++;
			}
			if (length - 1 - back >= 0 && (head[length - 1 - back] & 0xC0) == 0xC0) {
				length = length - 1 - back;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(head, 0, length));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	@Override
	public ReadSummary read(Path file, ImportOptions options, GraphFileSink sink) {
		if (!ProfileKey.validPlatform(options.platform())) {
			throw new InvalidGraphFile("Platform '" + options.platform() + "' is not valid: use 1-20 of a-z, 0-9 and '-'.");
		}
		try (CountingInputStream counting = new CountingInputStream(Files.newInputStream(file));
				InputStream in = new BufferedInputStream(counting, 1 << 16)) {
			EdgeKind defaultKind = options.defaultKind() == null ? EdgeKind.FOLLOWS : options.defaultKind();
			RecordGate gate = new RecordGate(options.skipRecords(), sink, counting);
			return switch (options.format()) {
				case CSV_EDGES -> new CsvEdgeReader(options.platform(), defaultKind).read(reader(in), gate);
				case CSV_PROFILES -> new CsvProfileReader(options.platform()).read(reader(in), gate);
				case GRAPHML -> new GraphMlReader(options.platform(), defaultKind).read(in, gate);
				case GEXF -> new GexfReader(options.platform(), defaultKind).read(in, gate);
			};
		}
		catch (LineLimitReader.LineTooLong ex) {
			throw new InvalidGraphFile("The file cannot be read: " + ex.getMessage() + ".");
		}
		catch (IOException ex) {
			throw new InvalidGraphFile("The file cannot be read: " + ex.getMessage());
		}
	}

	private static Reader reader(InputStream in) throws IOException {
		in.mark(4);
		byte[] bom = in.readNBytes(3);
		if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
			in.reset();
		}
		return new LineLimitReader(new InputStreamReader(in, StandardCharsets.UTF_8), MAX_LINE);
	}

	/**
	 * Numbers records, skips the ones a resumed job already imported, and forwards the rest to the sink. Readers call
	 * {@link #next()} once per record before delivering it.
	 */
	static final class RecordGate {

		private final long skip;

		private final GraphFileSink sink;

		private final CountingInputStream position;

		private long record;

		private boolean stopped;

		RecordGate(long skip, GraphFileSink sink, CountingInputStream position) {
			this.skip = skip;
			this.sink = sink;
			this.position = position;
		}

		/** Starts the next record; true when it should be delivered (not one a resumed job already imported). */
		boolean next() {
			record++;
			return record > skip;
		}

		GraphFileSink sink() {
			return sink;
		}

		/** Ends the current record; false when the sink asks to stop. */
		boolean done() {
			if (record > skip && !sink.afterRecord(record, position.count())) {
				stopped = true;
			}
			return !stopped;
		}

		ReadSummary summary() {
			return new ReadSummary(record, position.count(), !stopped);
		}

	}

	/** Validated edge, or a rejection reason. */
	static String edgeProblem(String source, String target) {
		if (source == null || source.isBlank()) {
			return "source is empty";
		}
		if (target == null || target.isBlank()) {
			return "target is empty";
		}
		String s = ProfileKey.normalize(source);
		String t = ProfileKey.normalize(target);
		if (s.length() > ProfileKey.MAX_KEY_LENGTH || t.length() > ProfileKey.MAX_KEY_LENGTH) {
			return "an id is longer than " + ProfileKey.MAX_KEY_LENGTH + " characters";
		}
		if (s.isEmpty() || t.isEmpty()) {
			return "an id is empty";
		}
		if (s.equals(t)) {
			return "source and target are the same (self-loop)";
		}
		return null;
	}

	/** Parses a weight: a non-negative number, rounded; empty means 1. Returns null when it is not one. */
	static Integer weight(String text) {
		if (text == null || text.isBlank()) {
			return 1;
		}
		try {
			double value = Double.parseDouble(text.strip());
			if (Double.isNaN(value) || value < 0 || value > Integer.MAX_VALUE) {
				return null;
			}
			return (int) Math.max(1, Math.round(value));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static EdgeData edge(EdgeKind kind, String platform, String source, String target, int weight) {
		return EdgeData.of(kind, ProfileKey.of(platform, source), ProfileKey.of(platform, target), weight);
	}

}
