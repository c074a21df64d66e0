package io.reachgraph.ranking.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A run's snapshot, column by column: each metric a packed little-endian array in chunks of {@link #CHUNK} values
 * ({@code ranking_columns}, {@code _id = <run>:<attempt>:<column>:<chunk>}), read back by {@code _id}. A 1M-node run
 * is ~15 documents of 8 MB.
 */
@Component
class SnapshotColumns {

	static final String COLLECTION = "ranking_columns";

	static final int CHUNK = 1_000_000;

	private final MongoTemplate mongo;

	SnapshotColumns(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void writeDoubles(String runId, int attempt, String column, double[] values) {
		for (int chunk = 0; chunk * CHUNK < Math.max(1, values.length); chunk++) {
			int from = chunk * CHUNK;
			int to = Math.min(values.length, from + CHUNK);
			ByteBuffer buffer = ByteBuffer.allocate((to - from) * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
			buffer.asDoubleBuffer().put(values, from, to - from);
			save(runId, attempt, column, chunk, "double", to - from, buffer.array());
		}
	}

	void writeInts(String runId, int attempt, String column, int[] values) {
		for (int chunk = 0; chunk * CHUNK < Math.max(1, values.length); chunk++) {
			int from = chunk * CHUNK;
			int to = Math.min(values.length, from + CHUNK);
			ByteBuffer buffer = ByteBuffer.allocate((to - from) * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
			buffer.asIntBuffer().put(values, from, to - from);
			save(runId, attempt, column, chunk, "int", to - from, buffer.array());
		}
	}

	private void save(String runId, int attempt, String column, int chunk, String type, int count, byte[] data) {
		mongo.save(new Document("_id", id(runId, attempt, column, chunk)).append("runId", runId)
			.append("attempt", attempt)
			.append("column", column)
			.append("chunk", chunk)
			.append("type", type)
			.append("count", count)
			.append("data", new Binary(data)), COLLECTION);
	}

	double[] readDoubles(String runId, int attempt, String column, int length) {
		double[] values = new double[length];
		for (int chunk = 0; chunk * CHUNK < Math.max(1, length); chunk++) {
			Document doc = mongo.findById(id(runId, attempt, column, chunk), Document.class, COLLECTION);
			if (doc == null) {
				return null;
			}
			byte[] data = doc.get("data", Binary.class).getData();
			ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values, chunk * CHUNK, data.length / Double.BYTES);
		}
		return values;
	}

	int[] readInts(String runId, int attempt, String column, int length) {
		int[] values = new int[length];
		for (int chunk = 0; chunk * CHUNK < Math.max(1, length); chunk++) {
			Document doc = mongo.findById(id(runId, attempt, column, chunk), Document.class, COLLECTION);
			if (doc == null) {
				return null;
			}
			byte[] data = doc.get("data", Binary.class).getData();
			ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(values, chunk * CHUNK, data.length / Integer.BYTES);
		}
		return values;
	}

	void delete(String runId, List<String> columns, int attempts, int length) {
		List<String> ids = new ArrayList<>();
		for (int attempt = 0; attempt <= attempts; attempt++) {
			for (String column : columns) {
				for (int chunk = 0; chunk * CHUNK < Math.max(1, length); chunk++) {
					ids.add(id(runId, attempt, column, chunk));
				}
			}
		}
		mongo.remove(Query.query(Criteria.where("_id").in(ids)), COLLECTION);
	}

	static String id(String runId, int attempt, String column, int chunk) {
		return runId + ":" + attempt + ":" + column + ":" + chunk;
	}

}
