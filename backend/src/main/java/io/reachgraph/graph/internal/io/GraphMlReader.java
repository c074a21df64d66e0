package io.reachgraph.graph.internal.io;

import io.reachgraph.graph.EdgeData;
import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.GraphFiles.ReadSummary;
import io.reachgraph.graph.InvalidGraphFile;
import io.reachgraph.graph.ProfileKey;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * GraphML, streamed: {@code <key>} declarations name the {@code <data>} of nodes and edges; a node becomes a profile
 * (its attributes mapped like a profiles CSV), an edge becomes an edge (kind from a {@code kind/type} attribute,
 * weight from {@code weight}).
 */
final class GraphMlReader extends XmlGraphSupport {

	GraphMlReader(String platform, EdgeKind defaultKind) {
		super(platform, defaultKind);
	}

	ReadSummary read(InputStream in, GraphFileReader.RecordGate gate) {
		XMLStreamReader xml = open(in);
		Map<String, String> keyNames = new HashMap<>();
		try {
			boolean sawRoot = false;
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				switch (xml.getLocalName()) {
					case "graphml" -> sawRoot = true;
					case "key" -> {
						String id = xml.getAttributeValue(null, "id");
						String name = xml.getAttributeValue(null, "attr.name");
						if (id != null) {
							keyNames.put(id, name != null ? name : id);
						}
					}
					case "node" -> {
						long line = xml.getLocation().getLineNumber();
						String id = xml.getAttributeValue(null, "id");
						Map<String, String> data = readData(xml, "node", keyNames);
						if (!gate.next()) {
							nodeKey(id == null ? "" : id, data);
							continue;
						}
						String key = id == null ? null : nodeKey(id, data);
						if (key == null) {
							gate.sink().rejected(line, "node without a usable id", "<node id=\"" + CsvSupport.clip(id) + "\">");
						}
						else {
							gate.sink().profile(Columns.profile(ProfileKey.of(platform, key), data));
						}
						if (!gate.done()) {
							return gate.summary();
						}
					}
					case "edge" -> {
						long line = xml.getLocation().getLineNumber();
						String source = xml.getAttributeValue(null, "source");
						String target = xml.getAttributeValue(null, "target");
						Map<String, String> data = readData(xml, "edge", keyNames);
						if (!gate.next()) {
							continue;
						}
						String raw = "<edge source=\"" + CsvSupport.clip(source) + "\" target=\"" + CsvSupport.clip(target) + "\">";
						EdgeData edge = edge(source, target, kindOf(data), weightOf(data), data, line, gate, raw);
						if (edge != null) {
							gate.sink().edge(edge);
						}
						if (!gate.done()) {
							return gate.summary();
						}
					}
					default -> {
					}
				}
			}
			if (!sawRoot) {
				throw new InvalidGraphFile("This is not GraphML: no <graphml> element.");
			}
			return gate.summary();
		}
		catch (XMLStreamException ex) {
			throw broken(ex);
		}
		finally {
			try {
				xml.close();
			}
			catch (XMLStreamException ignored) {
				// closing a reader that failed
			}
		}
	}

	/** Reads the {@code <data key="...">} children up to the element's end. */
	private static Map<String, String> readData(XMLStreamReader xml, String element, Map<String, String> keyNames)
			throws XMLStreamException {
		Map<String, String> data = new LinkedHashMap<>();
		int depth = 1;
		while (xml.hasNext() && depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				if ("data".equals(xml.getLocalName())) {
					String key = xml.getAttributeValue(null, "key");
					String text = xml.getElementText(); // consumes to </data>
					depth--;
					data.put(keyNames.getOrDefault(key, key == null ? "data" : key), text);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return data;
	}

}
