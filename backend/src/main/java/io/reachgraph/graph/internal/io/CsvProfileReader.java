package io.reachgraph.graph.internal.io;

import io.reachgraph.graph.GraphFiles.ReadSummary;
import io.reachgraph.graph.InvalidGraphFile;
import io.reachgraph.graph.ProfileKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One row per profile with a header: an id column ({@code id}, {@code handle}, {@code username}, {@code domain},
 * ...), known columns mapped to profile fields (name, bio, followers, ...), the rest kept as attributes. An optional
 * {@code platform} column overrides the import's platform per row.
 */
final class CsvProfileReader {

	private final String platform;

	CsvProfileReader(String platform) {
		this.platform = platform;
	}

	ReadSummary read(Reader reader, GraphFileReader.RecordGate gate) throws IOException {
		BufferedReader buffered = new BufferedReader(reader, 1 << 16);
		char delimiter = CsvSupport.sniffDelimiter(buffered);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(buffered).setFormat(format).get()) {
			List<String> header = null;
			int id = -1;
			int platformColumn = -1;
			for (CSVRecord row : parser) {
				if (header == null) {
					header = row.toList();
					List<String> names = header.stream().map(Columns::normalize).toList();
					id = CsvSupport.indexOf(names, Columns.ID);
					platformColumn = names.indexOf("platform");
					if (id < 0) {
						throw new InvalidGraphFile("A profiles CSV needs a header with an id column (id, handle, "
								+ "username or domain); found: " + String.join(", ", header.stream().map(CsvSupport::clip).toList()));
					}
					continue;
				}
				if (!gate.next()) {
					continue;
				}
				long line = parser.getCurrentLineNumber();
				String key = CsvSupport.get(row, id);
				String rowPlatform = platformColumn >= 0 && CsvSupport.get(row, platformColumn) != null
						&& !CsvSupport.get(row, platformColumn).isBlank() ? CsvSupport.get(row, platformColumn).strip().toLowerCase() : platform;
				String normalized = ProfileKey.normalize(key);
				if (normalized.isEmpty()) {
					gate.sink().rejected(line, "the id is empty", CsvSupport.raw(row));
				}
				else if (normalized.length() > ProfileKey.MAX_KEY_LENGTH) {
					gate.sink().rejected(line, "the id is longer than " + ProfileKey.MAX_KEY_LENGTH + " characters", CsvSupport.raw(row));
				}
				else if (!ProfileKey.validPlatform(rowPlatform)) {
					gate.sink().rejected(line, "platform '" + CsvSupport.clip(rowPlatform) + "' is not valid", CsvSupport.raw(row));
				}
				else {
					Map<String, String> values = new LinkedHashMap<>();
					for (int i = 0; i < header.size() && i < row.size(); i++) {
						values.put(header.get(i), row.get(i));
					}
					gate.sink().profile(Columns.profile(ProfileKey.of(rowPlatform, key), values));
				}
				if (!gate.done()) {
					break;
				}
			}
			if (header == null) {
				throw new InvalidGraphFile("The file has no rows.");
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

}
