package io.reachgraph.graph.internal.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

final class CsvSupport {

	private CsvSupport() {
	}

	/** Picks ',', ';' or tab: whichever the first line has most of (comma when none). */
	static char sniffDelimiter(BufferedReader reader) throws IOException {
		reader.mark(GraphFileReader.MAX_LINE + 2);
		String first = "";
		int c;
		StringBuilder line = new StringBuilder();
		while ((c = reader.read()) >= 0 && c != '\n' && line.length() <= 100_000) {
			line.append((char) c);
		}
		first = line.toString();
		reader.reset();
		long commas = first.chars().filter(ch -> ch == ',').count();
		long semicolons = first.chars().filter(ch -> ch == ';').count();
		long tabs = first.chars().filter(ch -> ch == '\t').count();
		if (tabs > commas && tabs >= semicolons) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

	static int indexOf(List<String> names, Set<String> candidates) {
		for (int i = 0; i < names.size(); i++) {
			if (candidates.contains(names.get(i))) {
				return i;
			}
		}
		return -1;
	}

	static String get(CSVRecord row, int column) {
		return column >= 0 && column < row.size() ? row.get(column) : null;
	}

	/** The record as a CSV line again (quoted only where needed), for the rejected-rows file. */
	static String raw(CSVRecord row) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < row.size(); i++) {
			String value = row.get(i);
			if (i > 0) {
				line.append(',');
			}
			if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
				line.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
			else {
				line.append(value);
			}
		}
		return line.toString();
	}

	static String clip(String text) {
		if (text == null) {
			return "";
		}
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

}
