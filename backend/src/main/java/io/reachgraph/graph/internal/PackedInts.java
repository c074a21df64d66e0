package io.reachgraph.graph.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** int arrays as little-endian bytes, the compact form edge segments store them in. */
final class PackedInts {

	private PackedInts() {
	}

	static byte[] pack(int[] values, int from, int to) {
		ByteBuffer buffer = ByteBuffer.allocate((to - from) * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		buffer.asIntBuffer().put(values, from, to - from);
		return buffer.array();
	}

	static int[] unpack(byte[] bytes) {
		int[] values = new int[bytes.length / Integer.BYTES];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(values);
		return values;
	}

}
