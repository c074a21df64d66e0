package io.reachgraph.graph.internal.io;

import io.reachgraph.graph.EdgeData;
import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.GraphFiles.ReadSummary;
import io.reachgraph.graph.InvalidGraphFile;
import io.reachgraph.graph.ProfileKey;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code source,target[,kind][,weight]} rows (comma, semicolon or tab separated, detected), header optional: with a
 * header, columns are found by name ({@code source/from}, {@code target/to}, {@code kind/type}, {@code weight/count},
 * and for links {@code nofollow}, {@code sponsored}, {@code ugc}).
 */
final class CsvEdgeReader {

	private final String platform;

	private final EdgeKind defaultKind;

	CsvEdgeReader(String platform, EdgeKind defaultKind) {
		this.platform = platform;
		this.defaultKind = defaultKind;
	}

	ReadSummary read(Reader reader, GraphFileReader.RecordGate gate) throws IOException {
		java.io.BufferedReader buffered = new java.io.BufferedReader(reader, 1 << 16);
		char delimiter = CsvSupport.sniffDelimiter(buffered);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(buffered).setFormat(format).get()) {
			int source = 0, target = 1, kind = 2, weight = 3, nofollow = -1, sponsored = -1, ugc = -1;
			boolean first = true;
			for (CSVRecord row : parser) {
				if (first) {
					first = false;
					List<String> names = row.toList().stream().map(Columns::normalize).toList();
					int s = CsvSupport.indexOf(names, Columns.SOURCE);
					int t = CsvSupport.indexOf(names, Columns.TARGET);
					if (s >= 0 && t >= 0) {
						source = s;
						target = t;
						kind = CsvSupport.indexOf(names, Columns.KIND);
						weight = CsvSupport.indexOf(names, Columns.WEIGHT);
						nofollow = names.indexOf("nofollow");
						sponsored = names.indexOf("sponsored");
						ugc = names.indexOf("ugc");
						continue;
					}
					if (names.size() >= 2 && Columns.SOURCE.contains(names.get(0))) {
						continue; // a header naming only the first column
					}
				}
				if (!gate.next()) {
					continue;
				}
				deliver(row, gate, source, target, kind, weight, nofollow, sponsored, ugc);
				if (!gate.done()) {
					break;
				}
			}
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof LineLimitReader.LineTooLong tooLong) {
				throw tooLong;
			}
			throw new InvalidGraphFile("The CSV file is malformed: " + ex.getCause().getMessage());
		}
		return gate.summary();
	}

	private void deliver(CSVRecord row, GraphFileReader.RecordGate gate, int source, int target, int kindColumn,
			int weightColumn, int nofollow, int sponsored, int ugc) {
		long line = row.getParser().getCurrentLineNumber();
		String s = CsvSupport.get(row, source);
		String t = CsvSupport.get(row, target);
		String problem = row.size() < 2 ? "needs at least two columns (source, target)" : GraphFileReader.edgeProblem(s, t);
		EdgeKind kind = defaultKind;
		String kindText = CsvSupport.get(row, kindColumn);
		if (problem == null && kindText != null && !kindText.isBlank()) {
			kind = EdgeKind.parse(kindText);
			if (kind == null) {
				problem = "unknown edge kind '" + CsvSupport.clip(kindText) + "' (use follows, reposts, mentions or links)";
			}
		}
		Integer weight = GraphFileReader.weight(CsvSupport.get(row, weightColumn));
		if (problem == null && weight == null) {
			problem = "weight '" + CsvSupport.clip(CsvSupport.get(row, weightColumn)) + "' is not a non-negative number";
		}
		if (problem != null) {
			gate.sink().rejected(line, problem, CsvSupport.raw(row));
			return;
		}
		if (kind == EdgeKind.LINKS) {
			gate.sink().edge(new EdgeData(kind, ProfileKey.of(platform, s), ProfileKey.of(platform, t), weight,
					count(CsvSupport.get(row, nofollow)), count(CsvSupport.get(row, sponsored)),
					count(CsvSupport.get(row, ugc))));
		}
		else {
			gate.sink().edge(GraphFileReader.edge(kind, platform, s, t, weight));
		}
	}

	private static int count(String text) {
		Integer value = text == null || text.isBlank() ? Integer.valueOf(0) : GraphFileReader.weight(text);
		return value == null ? 0 : value;
	}

}
