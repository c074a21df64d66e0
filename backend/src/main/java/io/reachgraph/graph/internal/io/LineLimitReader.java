package io.reachgraph.graph.internal.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Refuses text with a line longer than {@code maxLine} characters, so one endless line cannot exhaust memory. */
final class LineLimitReader extends FilterReader {

	static final class LineTooLong extends IOException {

		LineTooLong(long line, int max) {
			super("line " + line + " is longer than " + max + " characters");
		}

	}

	private final int maxLine;

	private int current;

	private long line = 1;

	LineLimitReader(Reader in, int maxLine) {
		super(in);
		this.maxLine = maxLine;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			track((char) c);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int off, int len) throws IOException {
		int n = super.read(buffer, off, len);
		for (int i = 0; i < n; i++) {
			track(buffer[off + i]);
		}
		return n;
	}

	private void track(char c) throws LineTooLong {
		if (c == '\n') {
			current = 0;
			line++;
		}
		else if (++current > maxLine) {
			throw new LineTooLong(line, maxLine);
		}
	}

}
