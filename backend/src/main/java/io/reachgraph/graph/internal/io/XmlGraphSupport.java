package io.reachgraph.graph.internal.io;

import io.reachgraph.graph.EdgeData;
import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.InvalidGraphFile;
import io.reachgraph.graph.ProfileKey;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What GraphML and GEXF readers share: a hardened StAX factory (no DTDs, no external entities), node-id → key
 * mapping (a node's {@code handle}/{@code username} attribute becomes its key when present), and turning an XML edge
 * with its attributes into an edge or a rejection.
 */
abstract class XmlGraphSupport {

	protected final String platform;

	protected final EdgeKind defaultKind;

	/** Only ids whose key differs from the id itself are kept. */
	private final Map<String, String> keys = new HashMap<>();

	XmlGraphSupport(String platform, EdgeKind defaultKind) {
		this.platform = platform;
		this.defaultKind = defaultKind;
	}

	static XMLStreamReader open(InputStream in) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		try {
			return factory.createXMLStreamReader(in);
		}
		catch (XMLStreamException ex) {
			throw new InvalidGraphFile("The XML cannot be read: " + ex.getMessage());
		}
	}

	static InvalidGraphFile broken(XMLStreamException ex) {
		String where = ex.getLocation() != null ? " at line " + ex.getLocation().getLineNumber() : "";
		String message = ex.getMessage() == null ? "" : ex.getMessage().replaceAll("^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message: ", "");
		return new InvalidGraphFile("The XML is malformed" + where + ": " + message);
	}

	/** Remembers a node's key; returns null when the id is unusable (then the node is rejected). */
	protected String nodeKey(String id, Map<String, String> attributes) {
		String key = id;
		for (Map.Entry<String, String> attribute : attributes.entrySet()) {
			if (Columns.HANDLE.contains(Columns.normalize(attribute.getKey())) && attribute.getValue() != null
					&& !attribute.getValue().isBlank()) {
				key = attribute.getValue();
				break;
			}
		}
		String normalized = ProfileKey.normalize(key);
		if (normalized.isEmpty() || normalized.length() > ProfileKey.MAX_KEY_LENGTH) {
			return null;
		}
		if (!key.equals(id)) {
			keys.put(id, key);
		}
		return key;
	}

	protected String keyOf(String id) {
		return id == null ? null : keys.getOrDefault(id, id);
	}

	/** An edge from its endpoints' ids, a kind text, a weight text and link counts; or null and a rejection. */
	protected EdgeData edge(String sourceId, String targetId, String kindText, String weightText,
			Map<String, String> attributes, long line, GraphFileReader.RecordGate gate, String raw) {
		String source = keyOf(sourceId);
		String target = keyOf(targetId);
		String problem = GraphFileReader.edgeProblem(source, target);
		EdgeKind kind = defaultKind;
		if (problem == null && kindText != null && !kindText.isBlank()) {
			EdgeKind parsed = EdgeKind.parse(kindText);
			if (parsed != null) {
				kind = parsed;
			}
		}
		Integer weight = GraphFileReader.weight(weightText);
		if (problem == null && weight == null) {
			problem = "weight '" + CsvSupport.clip(weightText) + "' is not a non-negative number";
		}
		if (problem != null) {
			gate.sink().rejected(line, problem, raw);
			return null;
		}
		if (kind == EdgeKind.LINKS) {
			return new EdgeData(kind, ProfileKey.of(platform, source), ProfileKey.of(platform, target), weight,
					count(attributes.get("nofollow")), count(attributes.get("sponsored")), count(attributes.get("ugc")));
		}
		return GraphFileReader.edge(kind, platform, source, target, weight);
	}

	private static int count(String text) {
		Integer value = text == null || text.isBlank() ? Integer.valueOf(0) : GraphFileReader.weight(text);
		return value == null ? 0 : value;
	}

	protected static String kindOf(Map<String, String> attributes) {
		for (String name : new String[] { "kind", "type", "relation", "relationship", "edge_kind", "label" }) {
			for (Map.Entry<String, String> entry : attributes.entrySet()) {
				if (Columns.normalize(entry.getKey()).equals(name) && EdgeKind.parse(entry.getValue()) != null) {
					return entry.getValue();
				}
			}
		}
		return null;
	}

	protected static String weightOf(Map<String, String> attributes) {
		for (Map.Entry<String, String> entry : attributes.entrySet()) {
			if (Columns.WEIGHT.contains(Columns.normalize(entry.getKey()))) {
				return entry.getValue();
			}
		}
		return null;
	}

}
